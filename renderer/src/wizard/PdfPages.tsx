import { useEffect, useRef, useState } from 'react';
import type { PageSize, PreviewPdf } from './pdfDocument';
import './preview.css';

/** Widest a page is drawn (CSS px): A4 at about 150 %, body text near 16 px. */
const MAX_PAGE_WIDTH = 920;
const SIDE_PADDING = 32;

/**
 * Every page of the PDF as a canvas with its page number. Pages are drawn only while in or near the
 * visible part of the list and dropped again when scrolled far away, so a long document stays light.
 */
export function PdfPages({ pdf }: { pdf: PreviewPdf }) {
  const listRef = useRef<HTMLDivElement>(null);
  const [list, setList] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(0);
  const [firstPage, setFirstPage] = useState<PageSize>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    pdf.pageSize(1).then(
      (s) => live && setFirstPage(s),
      (e: unknown) => live && setError(String(e)),
    );
    return () => {
      live = false;
    };
  }, [pdf]);

  useEffect(() => {
    const el = listRef.current;
    if (!el) return;
    setList(el);
    const measure = () => setWidth(Math.max(200, Math.min(MAX_PAGE_WIDTH, Math.floor(el.clientWidth - SIDE_PADDING))));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const placeholderHeight = firstPage ? Math.round((width * firstPage.height) / firstPage.width) : Math.round(width * 1.414);
  return (
    <div ref={listRef} className="pdf-pages" data-testid="preview-frame" role="document" aria-label={`印刷プレビュー（全 ${pdf.pageCount} ページ）`}>
      {error && <p className="notice error" role="alert">プレビューを表示できませんでした（{error}）。</p>}
      {list &&
        width > 0 &&
        Array.from({ length: pdf.pageCount }, (_, i) => (
          <PdfPage key={i + 1} pdf={pdf} pageNumber={i + 1} pageCount={pdf.pageCount} width={width} placeholderHeight={placeholderHeight} scrollRoot={list} />
        ))}
    </div>
  );
}

function PdfPage(props: { pdf: PreviewPdf; pageNumber: number; pageCount: number; width: number; placeholderHeight: number; scrollRoot: HTMLElement }) {
  const { pdf, pageNumber, pageCount, width, placeholderHeight, scrollRoot } = props;
  const slotRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [near, setNear] = useState(false);
  const [drawn, setDrawn] = useState<PageSize>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const el = slotRef.current;
    if (!el) return;
    // One screen ahead and behind: drawn before it scrolls into view, dropped well after it leaves.
    const io = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), { root: scrollRoot, rootMargin: '100% 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [scrollRoot]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!near || !canvas) return;
    const job = pdf.render({ pageNumber, canvas, cssWidth: width, pixelRatio: window.devicePixelRatio || 1 });
    job.done.then(
      (size) => size && setDrawn(size),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      job.cancel();
      setDrawn(undefined);
    };
  }, [near, pdf, pageNumber, width]);

  const height = drawn?.height ?? placeholderHeight;
  return (
    <figure className="pdf-page" data-page={pageNumber}>
      <div ref={slotRef} className="pdf-sheet" style={{ width, height }}>
        {near && <canvas ref={canvasRef} role="img" aria-label={`${pageNumber} ページ目`} data-rendered={drawn ? 'true' : undefined} />}
        {error && <p className="notice error">{pageNumber} ページ目を表示できませんでした（{error}）。</p>}
      </div>
      <figcaption>
        {pageNumber} / {pageCount}
      </figcaption>
    </figure>
  );
}
