/**
 * RFC 9457 problem details. Every 4xx/5xx leaves the API through `toProblemBody`, so the shape is
 * the same for validation, auth, domain and unexpected errors.
 */
export interface FieldError {
  /** Where the bad value was: body, query, path (param) or header. */
  in: string;
  /** Dotted path to the field inside that location, e.g. `roles.0` or `builds_on.1.relation`. */
  path: string;
  message: string;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  409: "Conflict",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  500: "Internal Server Error",
  503: "Service Unavailable",
};

export const PROBLEM_TYPE_BASE = "urn:lmm-registry:problem:";

/** A typed error the single error mapper turns into problem+json; `code` names the problem type. */
export class ProblemError extends Error {
  readonly status: number;
  readonly code: string;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;
  readonly extensions: Record<string, unknown>;

  constructor(
    status: number,
    code: string,
    detail: string,
    options: {
      errors?: FieldError[];
      headers?: Record<string, string>;
      extensions?: Record<string, unknown>;
    } = {},
  ) {
    super(detail);
    this.name = "ProblemError";
    this.status = status;
    this.code = code;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
    this.extensions = options.extensions ?? {};
  }
}

export function toProblemBody(
  status: number,
  code: string,
  detail: string | undefined,
  instance: string | undefined,
  errors?: FieldError[],
  extensions: Record<string, unknown> = {},
): ProblemBody {
  return {
    ...extensions,
    type: `${PROBLEM_TYPE_BASE}${code}`,
    title: TITLES[status] ?? "Error",
    status,
    ...(detail ? { detail } : {}),
    ...(instance ? { instance } : {}),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}
