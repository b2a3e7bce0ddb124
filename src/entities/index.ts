// entities: people, organizations, places and nationalities, with codes, roles and linked mentions.
// Reads text, meta, sentences and tokens; writes entities. The steps below run in this order:
// finders propose mentions, refiners type, link and describe them.
import type { Article } from '../article.js';
import type { Context } from '../context.js';
import type { Stage } from '../stage.js';
import { isAnalyzable } from '../ingest/index.js';
import { gazetteer } from './lexicon/gazetteer.js';
import { buildPieces } from './pieces.js';
import { findKnown } from './find-known.js';
import { findNames } from './find-names.js';
import { findActors } from './find-actors.js';
import { findTagged } from './find-tagged.js';
import { findAcronyms, findAppositions, findRolesBefore } from './find-roles.js';
import { Clusters, clusterNames, clusterRest, findLowercaseOrgs, homeCountry, linkCaseless, linkParentOrgs, linkPartials, linkRepeats, mergeOrgShortNames, mergeOrgVariants, splitPlacePerson } from './refine-coref.js';
import { refineTypes } from './refine-types.js';
import { findNominals, findPronouns } from './refine-references.js';
import { buildEntities, Facts } from './refine-actors.js';
import type { NameTagger, Work } from './work.js';
import { tagDocument } from './ner/index.js';

export type { NameTagger, TaggedSpan } from './work.js';

/** Runs the entity steps over one document; `tagger` is the trained name tagger, when there is one. */
export function extractEntities(doc: Article, ctx: Context, tagger: NameTagger | null): Article['entities'] {
  // Text ingest marked as not English (and no --force-english): no entities rather than wrong ones.
  if (!doc.text || !doc.tokens.length || !isAnalyzable(doc, ctx)) return [];
  const view = buildPieces(doc);
  const w: Work = {
    doc,
    view,
    gaz: gazetteer(),
    tagger,
    hitAt: new Array(view.pieces.length),
    cands: [],
    clusters: [],
  };
  // Finders: lexicon names, capitalized names (titles, organizations, compounds), the tagger's names,
  // user and dictionary actors, then roles, appositions and acronyms around them.
  findKnown(w);
  findNames(w);
  findTagged(w);
  findActors(w, ctx);
  findRolesBefore(w);
  findAppositions(w);
  findAcronyms(w);
  linkParentOrgs(w);
  // Refiners: link names, type what is left, link repeats, descriptions and pronouns, then describe.
  const clusters = new Clusters(w);
  clusterNames(w, clusters);
  linkRepeats(w, clusters);
  splitPlacePerson(w, clusters);
  refineTypes(w, false);
  clusterRest(w, clusters, true);
  linkPartials(w, clusters);
  clusterRest(w, clusters);
  linkRepeats(w, clusters);
  refineTypes(w, true);
  linkPartials(w, clusters);
  linkRepeats(w, clusters);
  clusterRest(w, clusters);
  linkCaseless(w, clusters);
  mergeOrgVariants(w, homeCountry(w));
  mergeOrgShortNames(w);
  findLowercaseOrgs(w);
  findNominals(w, new Facts(w));
  findPronouns(w, new Facts(w));
  return buildEntities(w, new Facts(w));
}

export function createEntitiesStage(tagger: NameTagger | null = null): Stage {
  return {
    name: 'entities',
    reads: ['text', 'meta', 'sentences', 'tokens'],
    writes: ['entities'],
    run(doc, ctx) {
      return { ...doc, entities: extractEntities(doc, ctx, tagger) };
    },
  };
}

/** The stage with the trained CRF name tagger of ./ner. */
export const entitiesStage: Stage = createEntitiesStage(tagDocument);

/** The rules alone, without the trained tagger: for tests of a rule family and for comparison. */
export const rulesOnlyEntitiesStage: Stage = createEntitiesStage(null);
