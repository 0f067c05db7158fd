/** A refusal of the TIN Access API: its {"error", "message"} body, or the bare status when there is none. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The API asks for a second factor passed in the last few minutes (RFC 9470 step-up). */
  get needsRecentSignIn(): boolean {
    return this.status === 401 && this.code === "insufficient_user_authentication";
  }

  static async from(response: Response): Promise<ApiError> {
    try {
      const body = await response.json();
      if (typeof body?.error === "string") {
        return new ApiError(response.status, body.error, typeof body.message === "string" ? body.message : body.error);
      }
    } catch {
      // Not JSON (a proxy's page, say): the status is all there is to tell.
    }
    return new ApiError(response.status, `http_${response.status}`, response.statusText || `HTTP ${response.status}`);
  }
}
