/**
 * The review file's CSS (inline, allowed by its hash in the CSP). The system's Japanese font: the
 * owner's PC has one, and embedding ours would cost megabytes.
 */
export const PAGE_STYLE = `
:root{--ink:#1f2933;--muted:#5f6b76;--line:#d5dbe1;--accent:#1f5fa8;--soft:#eaf1fa;--ok:#2e7d4f;--warn:#b26a00;--bg:#f6f7f9}
*{box-sizing:border-box}
html{font-size:16px}
body{margin:0;color:var(--ink);background:var(--bg);font-family:"Hiragino Kaku Gothic ProN","Hiragino Sans","Yu Gothic UI","Yu Gothic",YuGothic,Meiryo,"Noto Sans JP","Noto Sans CJK JP",sans-serif;line-height:1.7}
header.top{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:.6rem 1.2rem;display:flex;flex-wrap:wrap;gap:.4rem 1.5rem;align-items:center;justify-content:space-between}
header.top h1{font-size:1.15rem;margin:0}
.muted{color:var(--muted)}.small{font-size:.85rem}
.owner-bar{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
.owner-bar input{width:12rem}
.layout{display:grid;grid-template-columns:16rem minmax(0,1fr);gap:1.2rem;max-width:76rem;margin:0 auto;padding:1rem 1.2rem 6rem}
.toc{position:sticky;top:4.5rem;align-self:start;max-height:calc(100vh - 5rem);overflow:auto;background:#fff;border:1px solid var(--line);border-radius:6px;padding:.5rem .6rem;font-size:.85rem}
.toc ul{margin:0;padding:0;list-style:none}.toc li{margin:.2rem 0}.toc a{color:var(--ink);text-decoration:none}.toc a:hover{text-decoration:underline}
.mark{margin-left:.3rem;font-size:.75rem;white-space:nowrap}.mark .ok{color:var(--ok)}.mark .c{color:var(--warn)}
.intro{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.7rem 1rem;margin-bottom:1rem}
.intro ol{margin:.3rem 0;padding-left:1.4rem}
.notice{border-radius:6px;padding:.5rem .8rem;margin:.5rem 0}.notice.warn{background:#fff6e5;border:1px solid #e9c27a}.notice.info{background:var(--soft);border:1px solid #b9cde6}.notice.error{background:#fdecea;border:1px solid #e6a19a}
h2.part{font-size:1rem;color:var(--muted);border-bottom:2px solid var(--line);margin:1.6rem 0 .6rem;padding-bottom:.2rem}
.sec{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.8rem 1rem;margin:0 0 1rem;scroll-margin-top:5rem}
.sec h3{font-size:1.05rem;margin:0 0 .4rem}
.fld h4{font-size:.85rem;color:var(--muted);margin:.7rem 0 .2rem;font-weight:600}
.txt{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid var(--line);border-radius:4px;padding:.5rem .7rem;line-height:1.9;background:#fcfcfd}
.txt:empty::before{content:"未記入";color:var(--muted)}
.txt mark{background:#fff0b3;border-bottom:2px solid #e0b000;color:inherit}
.choice{margin:0;padding:.3rem .7rem;border:1px solid var(--line);border-radius:4px}.choice.empty,.note{color:var(--muted)}
.note{white-space:pre-wrap;font-size:.85rem;margin:.3rem 0}
.tbl{overflow-x:auto;margin:.3rem 0}
table{border-collapse:collapse;font-size:.8rem;min-width:60%}
caption{text-align:left;font-weight:600;padding:.2rem 0}
th,td{border:1px solid var(--line);padding:.2rem .45rem;vertical-align:top;text-align:left}
thead th{background:#f0f3f6}
td.r,th.r{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr.em th,tr.em td{background:#f3f6fa;font-weight:700}
.tools{border-top:1px dashed var(--line);margin-top:.8rem;padding-top:.5rem}
.approval{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.badge{font-size:.75rem;border-radius:3px;padding:0 .45em;color:#fff;background:#8b939c}.badge.ok{background:var(--ok)}
.comments{list-style:none;margin:.5rem 0;padding:0}
.comments li{border-left:3px solid #e0b000;background:#fffbea;padding:.35rem .6rem;margin:.35rem 0;border-radius:0 4px 4px 0}
blockquote{margin:.2rem 0;padding-left:.6rem;border-left:2px solid var(--line);color:var(--muted);white-space:pre-wrap}
.body{white-space:pre-wrap;margin:.2rem 0}.proposal{white-space:pre-wrap;margin:.2rem 0;background:#eef7ee;padding:.2rem .4rem;border-radius:3px}
.form{display:grid;gap:.4rem;margin-top:.6rem}
.form label{display:grid;gap:.15rem;font-size:.85rem}
input,textarea{font:inherit;border:1px solid #b8c1ca;border-radius:4px;padding:.35rem .5rem;width:100%}
textarea{min-height:3.2rem;resize:vertical}
button{font:inherit;border:1px solid #b8c1ca;background:#fff;border-radius:4px;padding:.3rem .8rem;cursor:pointer}
button:hover{background:#f2f4f6}button.primary{background:var(--accent);border-color:var(--accent);color:#fff}button.primary:hover{background:#184d88}
button.link{border:none;background:none;color:var(--accent);padding:0;text-decoration:underline}
.row{display:flex;gap:.5rem;align-items:center;flex-wrap:wrap}
.err{color:#b3261e;font-size:.85rem;margin:0}
.selbar{position:fixed;left:0;right:0;bottom:0;z-index:3;background:#1f2933;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1rem;align-items:center;justify-content:center;flex-wrap:wrap}
.selbar q{max-width:40rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
[hidden]{display:none!important}
@media (max-width:800px){.layout{grid-template-columns:1fr}.toc{position:static;max-height:none}}
@media print{header.top,.toc,.tools,.intro,.selbar{display:none}.layout{display:block;padding:0}.sec{break-inside:avoid-page;border:none}}
`;
