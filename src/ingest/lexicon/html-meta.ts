// Where a web page states its metadata. For each field the first entry that yields a value wins, in this order;
// each example is a page fragment from which its entry (and no earlier one) reads `expected`.

export type MetaField = 'title' | 'published' | 'byline' | 'outlet' | 'url';

interface BaseEntry {
  id: string;
  field: MetaField;
  example: string;
  expected: string;
}

/** <meta name|property|itemprop="key" content="...">, keys lower-cased. */
export interface MetaTagEntry extends BaseEntry {
  source: 'meta';
  keys: readonly string[];
}

/** An element: its attribute (the first present of `attrs`), or its text when attrs includes "text". */
export interface ElementEntry extends BaseEntry {
  source: 'element';
  selector: string;
  attrs: readonly ('href' | 'datetime' | 'content' | 'text')[];
}

/** A key of the page's JSON-LD Article (NewsArticle, BlogPosting...) object. */
export interface JsonLdEntry extends BaseEntry {
  source: 'json-ld';
  key: 'headline' | 'datePublished' | 'author' | 'publisher' | 'url';
}

/** What Readability reports beyond the tags above (it reads the same meta tags and JSON-LD, so those come first). */
export interface ReadabilityEntry extends BaseEntry {
  source: 'readability';
  key: 'byline';
}

export type HtmlMetaEntry = MetaTagEntry | ElementEntry | JsonLdEntry | ReadabilityEntry;

const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

export const HTML_META = [
  { id: 'og-title', field: 'title', source: 'meta', keys: ['og:title'], example: '<meta property="og:title" content="Harbour reopens">', expected: 'Harbour reopens' },
  { id: 'json-ld-headline', field: 'title', source: 'json-ld', key: 'headline', example: ld({ '@type': 'NewsArticle', headline: 'Harbour reopens' }), expected: 'Harbour reopens' },
  { id: 'twitter-title', field: 'title', source: 'meta', keys: ['twitter:title'], example: '<meta name="twitter:title" content="Harbour reopens">', expected: 'Harbour reopens' },
  { id: 'title-element', field: 'title', source: 'element', selector: 'title', attrs: ['text'], example: '<title>Harbour reopens</title>', expected: 'Harbour reopens' },
  { id: 'first-h1', field: 'title', source: 'element', selector: 'h1', attrs: ['text'], example: '<h1>Harbour <em>reopens</em></h1>', expected: 'Harbour reopens' },

  {
    id: 'article-published-time',
    field: 'published',
    source: 'meta',
    keys: ['article:published_time', 'og:article:published_time'],
    example: '<meta property="article:published_time" content="2023-03-14T09:15:00Z">',
    expected: '2023-03-14T09:15:00Z',
  },
  {
    id: 'json-ld-date-published',
    field: 'published',
    source: 'json-ld',
    key: 'datePublished',
    example: ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2023-03-14T09:15:00+01:00' }] }),
    expected: '2023-03-14T09:15:00+01:00',
  },
  {
    id: 'itemprop-date-published',
    field: 'published',
    source: 'element',
    selector: '[itemprop="datePublished"]',
    attrs: ['datetime', 'content', 'text'],
    example: '<time itemprop="datePublished" datetime="2023-03-14">14 March</time>',
    expected: '2023-03-14',
  },
  {
    id: 'publish-date-meta',
    field: 'published',
    source: 'meta',
    keys: ['pubdate', 'publishdate', 'publish-date', 'publish_date', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'date'],
    example: '<meta name="pubdate" content="2023-03-14T09:15">',
    expected: '2023-03-14T09:15',
  },
  {
    id: 'time-pubdate',
    field: 'published',
    source: 'element',
    selector: 'time[pubdate]',
    attrs: ['datetime', 'text'],
    example: '<time pubdate datetime="2023-03-14T09:15">Tuesday</time>',
    expected: '2023-03-14T09:15',
  },
  {
    id: 'first-time-datetime',
    field: 'published',
    source: 'element',
    selector: 'time[datetime]',
    attrs: ['datetime'],
    example: '<p>Posted <time datetime="2023-03-14">on Tuesday</time></p>',
    expected: '2023-03-14',
  },

  { id: 'author-meta', field: 'byline', source: 'meta', keys: ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator'], example: '<meta name="author" content="Jane Roe">', expected: 'Jane Roe' },
  {
    id: 'json-ld-author',
    field: 'byline',
    source: 'json-ld',
    key: 'author',
    example: ld({ '@type': 'NewsArticle', author: [{ '@type': 'Person', name: 'Jane Roe' }, { '@type': 'Person', name: 'Tomás Ferreira' }] }),
    expected: 'Jane Roe, Tomás Ferreira',
  },
  { id: 'rel-author', field: 'byline', source: 'element', selector: '[rel="author"]', attrs: ['text'], example: '<a rel="author" href="/staff/roe">Jane Roe</a>', expected: 'Jane Roe' },
  { id: 'itemprop-author', field: 'byline', source: 'element', selector: '[itemprop="author"]', attrs: ['content', 'text'], example: '<span itemprop="author">By Jane Roe</span>', expected: 'Jane Roe' },
  {
    // Readability finds bylines by class and rel inside the story: "byline", "author", "dateline".
    id: 'readability-byline',
    field: 'byline',
    source: 'readability',
    key: 'byline',
    example: `<article><div class="byline">By Jane Roe</div>${'<p>The harbour of the old town reopened on Tuesday, after a week of repairs, dredging and inspections by the port authority.</p>'.repeat(3)}</article>`,
    expected: 'Jane Roe',
  },

  { id: 'og-site-name', field: 'outlet', source: 'meta', keys: ['og:site_name'], example: '<meta property="og:site_name" content="The Harbour Gazette">', expected: 'The Harbour Gazette' },
  {
    id: 'json-ld-publisher',
    field: 'outlet',
    source: 'json-ld',
    key: 'publisher',
    example: ld({ '@type': 'NewsArticle', publisher: { '@type': 'NewsMediaOrganization', name: 'The Harbour Gazette' } }),
    expected: 'The Harbour Gazette',
  },
  { id: 'application-name', field: 'outlet', source: 'meta', keys: ['application-name'], example: '<meta name="application-name" content="The Harbour Gazette">', expected: 'The Harbour Gazette' },

  {
    id: 'canonical-link',
    field: 'url',
    source: 'element',
    selector: 'link[rel="canonical"]',
    attrs: ['href'],
    example: '<link rel="canonical" href="https://gazette.example/harbour-reopens">',
    expected: 'https://gazette.example/harbour-reopens',
  },
  { id: 'og-url', field: 'url', source: 'meta', keys: ['og:url'], example: '<meta property="og:url" content="https://gazette.example/harbour-reopens">', expected: 'https://gazette.example/harbour-reopens' },
  {
    id: 'json-ld-url',
    field: 'url',
    source: 'json-ld',
    key: 'url',
    example: ld({ '@type': 'NewsArticle', mainEntityOfPage: { '@id': 'https://gazette.example/harbour-reopens' } }),
    expected: 'https://gazette.example/harbour-reopens',
  },
] as const satisfies readonly HtmlMetaEntry[];

/** Class names of elements that hold a caption outside a <figcaption> (WordPress, news CMSs). */
export const CAPTION_CLASS = /^(?:caption|wp-caption-text|(?:image|photo|media|figure|img|picture)[-_]?caption(?:[-_]text)?|[\w-]+__caption)$/i;
