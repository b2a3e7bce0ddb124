// events: codes that depend on who acts. CAMEO keeps conventional force (19) for armed forces and puts the
// violence of terrorists and other non-state attackers under unconventional violence (18): "attacked by
// terrorists" is 180, a bombing by them 183; an unspecified killing by soldiers is 190.
import type { EventCandidate } from './types.js';

const NON_STATE = ['TER', 'CRM'];
const agents = (code: string | null): string[] => (code ? code.match(/.{3}/g) ?? [] : []);

export function refineCodeByActor(candidates: EventCandidate[]): EventCandidate[] {
  return candidates.map((c) => {
    const who = agents(c.source.actor);
    if (who.some((a) => NON_STATE.includes(a))) {
      if (c.code === '195') return { ...c, code: '183' };
      if (c.code.startsWith('19')) return { ...c, code: '180' };
    }
    if (who.includes('MIL') && c.code === '180') return { ...c, code: '190' };
    return c;
  });
}
