import { generateRounds } from '../core/generate';
import { loadLevelText } from '../core/levelLoad';
import { suggestWith } from '../editor/suggest';
import { answerRequests } from './workerCall';
import type { EngineRequest } from './engineRequests';

/**
 * The analysis engine off the page's thread, one request and one reply per worker: the editor's
 * suggestions, and levels from outside whose rounds the engine generates. (One worker file, so
 * the engine is one download in the offline cache, not one per use.)
 */
answerRequests<EngineRequest, unknown>(self, (request) =>
  request.kind === 'level' ? loadLevelText(request.file, request.text, new Map(request.library), generateRounds) : suggestWith(generateRounds, request.articles, request.seed),
);
