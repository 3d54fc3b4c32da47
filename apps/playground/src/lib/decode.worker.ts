/** The decoder's worker: large bodies are decoded here, off the page's thread. */
import { vendorById, vendors } from '../vendors';
import { decodeView } from './decode-view';
import type { DecodeView } from './decode-view';

/** A request to the worker. */
export interface DecodeRequest {
  readonly id: number;
  readonly vendor: string;
  readonly body: string;
  readonly status: string;
  readonly headers: string;
}

/** The worker's answer. */
export interface DecodeAnswer {
  readonly id: number;
  readonly view: DecodeView;
}

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<DecodeRequest>) => void): void;
  postMessage(message: DecodeAnswer): void;
};

scope.addEventListener('message', ({ data }) => {
  const view = decodeView(vendorById(data.vendor).catalog, vendors, data.body, data.status, data.headers);
  scope.postMessage({ id: data.id, view });
});
