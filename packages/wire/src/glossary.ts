/**
 * The public vocabulary of @ecr-scan-sim/wire: a plain request in, a plain response out. Transports (the HTTP
 * server, MSW, the Smithy handler) only convert their own shapes to and from these.
 */

/** @public A header bag as a transport hands it over: any case, one value or several. */
export type WireHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * @public One HTTP request, transport-agnostic, to either service. Give either `url` (absolute, or a path) or
 * `host` (+ `path`); without either, the `host` header is used to find the region.
 */
export interface WireRequest {
  /** HTTP method, any case. Only `POST` reaches an operation. */
  method: string;
  /** Absolute URL (`https://api.ecr.eu-west-1.amazonaws.com/`) or a path. Takes precedence over `host`. */
  url?: string | undefined;
  /** Host name, with or without a port (`api.ecr.eu-west-1.amazonaws.com`, `localhost:4510`). */
  host?: string | undefined;
  /**
   * Request path, with or without a query. ECR ignores it (it answers on any path, as Coral services do);
   * Inspector2's restJson1 routes by it. Takes precedence over the path of `url`.
   */
  path?: string | undefined;
  /** Header names in any case; they are lower-cased before use. */
  headers: WireHeaders;
  /** The raw body: text, or bytes that must be UTF-8. */
  body: string | Uint8Array | undefined;
}

/**
 * @public One HTTP response. Header names are lower-case (as Node's `IncomingMessage` and fetch's `Headers`
 * present them); HTTP header names are case-insensitive, so a transport may write them as they are.
 */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  /**
   * A JSON document: the operation output, or the error (`{"__type","message"}` for ECR's awsJson1_1,
   * `{"message", …members}` with header `x-amzn-errortype` for Inspector2's restJson1).
   */
  body: string;
}

/** @public The request type's original name, kept for code written against it. */
export type EcrWireRequest = WireRequest;
/** @public The response type's original name, kept for code written against it. */
export type EcrWireResponse = WireResponse;

/** @public Options of {@link handleEcrRequest}, {@link handleInspector2Request} and {@link handleSimulatorRequest}. */
export interface DispatchOptions {
  /**
   * Region used when the host is not an AWS endpoint (a custom endpoint such as `http://localhost:4510`). For
   * Inspector2 the SigV4 credential scope comes first (rule W8). Default: the simulator's own region.
   */
  defaultRegion?: string | undefined;
  /** Largest accepted body in bytes; larger bodies get 413 RequestEntityTooLargeException. Default 10 MiB. */
  maxBodyBytes?: number | undefined;
}

/** @public Options of {@link createSimulatorHandler}: the dispatcher's options. */
export type SimulatorHandlerOptions = DispatchOptions;

/**
 * @public The configuration bag of the Smithy handler (`httpHandlerConfigs()`). The simulator has no socket
 * settings; the bag keeps whatever the SDK or the user sets so `updateHttpClientConfig` round-trips.
 */
export interface SimulatorHandlerConfig {
  /** Accepted for compatibility with `NodeHttpHandler`/`FetchHttpHandler`; has no effect in process. */
  requestTimeout?: number | undefined;
  [key: string]: unknown;
}
