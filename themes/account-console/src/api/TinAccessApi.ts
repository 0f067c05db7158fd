import type Keycloak from "keycloak-js";
import { ApiError } from "./ApiError";

type Method = "GET" | "POST" | "PUT" | "DELETE";

/**
 * The TIN Access REST API called with the account console's own token, refreshed when it is
 * about to run out. The API decides every call; the pages only hide what would be refused.
 */
export class TinAccessApi {
  private readonly base: string;

  constructor(
    serverBaseUrl: string,
    realm: string,
    private readonly keycloak: Keycloak,
  ) {
    this.base = `${serverBaseUrl}/realms/${encodeURIComponent(realm)}/tin-access`;
  }

  get<T>(path: string, query?: Record<string, string | number | undefined>, signal?: AbortSignal): Promise<T> {
    return this.send<T>("GET", path + queryString(query), undefined, signal);
  }

  post<T>(path: string, body?: unknown): Promise<T> {
    return this.send<T>("POST", path, body ?? {});
  }

  put<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>("PUT", path, body);
  }

  delete(path: string): Promise<void> {
    return this.send<void>("DELETE", path);
  }

  private async send<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    await this.keycloak.updateToken(30);
    const headers: Record<string, string> = {
      Accept: "application/json",
      Authorization: `Bearer ${this.keycloak.token}`,
    };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    const response = await fetch(this.base + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
    if (!response.ok) {
      const error = await ApiError.from(response);
      if (error.needsRecentSignIn) {
        // Actions that make someone an admin, change who holds a second factor or open a TIN's data to
        // another organisation need a second factor passed minutes ago: sign in again and come back here.
        await this.keycloak.login({ prompt: "login", redirectUri: window.location.href });
      }
      throw error;
    }
    if (response.status === 204 || response.headers.get("Content-Length") === "0") {
      return undefined as T;
    }
    return (await response.json()) as T;
  }
}

export function queryString(query?: Record<string, string | number | undefined>): string {
  if (!query) {
    return "";
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") {
      params.set(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The path of one TIN's part of the API. */
export function tinPath(tin: string, rest = ""): string {
  return `/tins/${encodeURIComponent(tin)}${rest}`;
}
