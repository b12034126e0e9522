// Validates an ELM 3 European Digital Credential against the EDC application profile's SHACL
// shapes: JSON-LD → RDF (jsonld, safe mode, contexts served locally) → rdf-validate-shacl.
// The shapes are copies in test/fixtures/elm/ (from the Commission's European-Learning-Model
// repository, ELM 3.1): EDC-generic-full.ttl adds the controlled-vocabulary constraints and
// owl:imports EDC-generic-no-cv.ttl, which holds the classes, properties and cardinalities.
import { readFileSync } from 'node:fs';
// @ts-expect-error jsonld ships no type declarations; the one function used is typed below.
import jsonldUntyped from 'jsonld';
import { Parser, Store } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';
import { elmContexts } from '../../src/domain/credential/elm.js';
import { createDocumentLoader } from '../../src/trust/document-loader.js';

const jsonld = jsonldUntyped as {
  toRDF(input: object, options: { format: 'application/n-quads'; safe: boolean; documentLoader: unknown }): Promise<string>;
};

const NO_CV_IRI = 'http://data.europa.eu/snb/model/ap/edc-generic-no-cv';
const fixture = (name: string) => new URL(`../fixtures/elm/${name}`, import.meta.url);

const shapeCache = new Map<string, Store>();
function shapes(name: 'EDC-generic-full.ttl' | 'EDC-generic-no-cv.ttl'): Store {
  let store = shapeCache.get(name);
  if (!store) {
    store = new Store(new Parser({ baseIRI: NO_CV_IRI }).parse(readFileSync(fixture(name), 'utf8')));
    shapeCache.set(name, store);
  }
  return store;
}

// Only local contexts (VC 1.1 from the trust loader, EDC from the module's copy): any other URL throws.
const documentLoader = createDocumentLoader({ contexts: elmContexts() });

/** The document as RDF. Safe mode: a term the contexts do not define fails instead of being dropped. */
export async function elmToQuads(document: object): Promise<Store> {
  const nquads = await jsonld.toRDF(document, { format: 'application/n-quads', safe: true, documentLoader });
  return new Store(new Parser({ format: 'N-Quads' }).parse(nquads));
}

export interface ElmValidationResult {
  /** The property path's IRI (null for node-level constraints). */
  path: string | null;
  message: string;
  focusNode: string;
}

export async function validateElm(
  document: object,
  options: { shapes?: 'full' | 'no-cv' } = {},
): Promise<{ conforms: boolean; results: ElmValidationResult[] }> {
  const data = await elmToQuads(document);
  const noCv = shapes('EDC-generic-no-cv.ttl');
  const shapesGraph = options.shapes === 'no-cv' ? noCv : shapes('EDC-generic-full.ttl');
  // The validator adds imported shapes into the graph it is given: hand it a copy.
  const validator = new SHACLValidator(new Store([...shapesGraph]), {
    importGraph: (url) => {
      if (url.value !== NO_CV_IRI) throw new Error(`Unexpected owl:imports of ${url.value}`);
      return noCv;
    },
  });
  const report = await validator.validate(data);
  return {
    conforms: report.conforms,
    results: report.results.map((result) => ({
      path: result.path?.value ?? null,
      message: result.message.map((term) => term.value).join('; '),
      focusNode: result.focusNode.value,
    })),
  };
}
