import { openEnv, type Backend } from '../testStore';
import { demo, templates } from '../demoFixtures';

/** A store with the real templates, and the three demo applications' clients and data when asked. */
export async function realEnv(backend: Backend = 'sqlite') {
  const env = await openEnv(templates, backend);
  /** Restores a demo application (and its client) as it ships. */
  const withDemo = async (templateId: string) => {
    const d = demo(templateId);
    if (!(await env.clients.exists(d.client.id))) await env.clients.restore(d.client);
    return { ...d, application: await env.applications.restore(d.application) };
  };
  return { ...env, withDemo };
}
