// The public API of dyad: analyze an article, get its record. CLI, server, store and web use only this.
export * from './article.js';
export * from './errors.js';
export { createContext, DEFAULT_MAX_BYTES, type Context } from './context.js';
export { analyze, analyzeBatch, analyzeCaught, STAGES, type AnalyzeResult, type BatchResult } from './pipeline.js';
export type { Stage } from './stage.js';
export type { Lexicons, ActorEntry, AgentEntry, VerbPatternEntry, DatedCode } from './lexicons/types.js';
