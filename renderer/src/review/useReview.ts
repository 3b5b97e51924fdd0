import { call } from '../api/client';
import { useAsync } from '../hooks/useAsync';

/** Comments and 確認済み marks of one application, with reload after each change. */
export function useReview(applicationId: string) {
  const state = useAsync(() => call('getReview', { applicationId }), [applicationId]);
  return { comments: state.data?.comments ?? [], approvals: state.data?.approvals ?? [], reload: state.reload, error: state.error };
}
export type ReviewHook = ReturnType<typeof useReview>;
