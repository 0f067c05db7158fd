package org.tinaccess.portal;

import java.util.stream.Collectors;

/**
 * The portal's pages, as plain HTML: one heading structure, a language, labelled controls, a table
 * with a caption and column headers, and colours that pass WCAG 2.1 AA contrast (portal.css).
 */
final class Pages {

    private Pages() {}

    static String home(PortalSettings settings, PortalSession session) {
        SignedIn person = session == null ? null : session.person();
        if (person == null && session != null && session.wasEndedByRealm()) {
            return accessChanged();
        }
        if (person == null) {
            return page("Welcome", """
                    <h1>Welcome to the Provider Portal</h1>
                    <p>Sign in with your Provider Portal account to see the Tax IDs you act for.</p>
                    <p>New here? Choose <strong>Sign in</strong>, then <strong>Request access</strong> on the sign-in page.</p>
                    <p><a class="button" id="sign-in" href="%s">Sign in</a></p>
                    """.formatted(PortalRoutes.SIGN_IN));
        }
        return page("Your Tax IDs", """
                <h1>Hello, %s</h1>
                <p>Signed in as <span id="signed-in-as">%s</span>.</p>
                <h2>Your Tax IDs</h2>
                %s
                <h2>Your account</h2>
                <p><a id="account-console" href="%s">Account console</a>: your profile, password and second factors%s.</p>
                <form method="post" action="%s">
                  <input type="hidden" name="token" value="%s">
                  <button type="submit" id="sign-out">Sign out</button>
                </form>
                """.formatted(escape(person.name() == null ? person.email() : person.name()), escape(person.email()), tins(person),
                escape(settings.accountConsole().toString()),
                person.tins().stream().anyMatch(TinGrant::isAdmin) ? ", and the users of the Tax IDs you administer" : "",
                PortalRoutes.SIGN_OUT, escape(session.formToken())));
    }

    private static String tins(SignedIn person) {
        if (person.tins().isEmpty()) {
            return "<p id=\"no-tins\">No Tax ID is linked to your account yet.</p>";
        }
        String rows = person.tins().stream()
                .map(grant -> "<tr><td>%s</td><td>%s</td><td>%s</td></tr>".formatted(escape(grant.shown()),
                        grant.isAdmin() ? "Admin" : "User",
                        grant.entitlements().isEmpty() ? "none yet" : escape(String.join(", ", grant.entitlements()))))
                .collect(Collectors.joining("\n"));
        return """
                <table id="tins">
                  <caption>Each Tax ID you act for, your role for it and the portal functions you may use</caption>
                  <thead><tr><th scope="col">Tax ID</th><th scope="col">Role</th><th scope="col">Entitlements</th></tr></thead>
                  <tbody>
                %s
                  </tbody>
                </table>
                """.formatted(rows);
    }

    /** The realm ended the sign-in: some access was taken away, or the person signed out elsewhere. */
    static String accessChanged() {
        return page("Signed out", """
                <h1>Please sign in again</h1>
                <p id="access-changed">Your sign-in to the Provider Portal ended because your access changed, for example a Tax ID
                administrator changed what you may use, or because you signed out in another place.</p>
                <p>Sign in again to see the Tax IDs and functions you may use now.</p>
                <p><a class="button" id="sign-in" href="%s">Sign in again</a></p>
                """.formatted(PortalRoutes.SIGN_IN));
    }

    static String signedOut() {
        return page("Signed out", """
                <h1>You are signed out</h1>
                <p>You are signed out of the Provider Portal and of your Provider Portal account.</p>
                <p><a class="button" id="sign-in" href="%s">Sign in again</a></p>
                """.formatted(PortalRoutes.SIGN_IN));
    }

    /**
     * The person stopped the sign-in (declined the terms of use, or cancelled a step): the realm says
     * access_denied. Nothing is wrong; they come back by signing in, and the terms are asked again.
     */
    static String signInDeclined() {
        return page("Not signed in", """
                <h1>You are not signed in</h1>
                <p id="declined">You chose not to go on, for example by declining the terms of use. The Provider Portal can be used only
                after accepting them.</p>
                <p>When you are ready, sign in again: the terms are shown to you first.</p>
                <p><a class="button" id="sign-in" href="%s">Sign in again</a></p>
                """.formatted(PortalRoutes.SIGN_IN));
    }

    static String problem(String title, String explanation) {
        return page(title, """
                <h1>%s</h1>
                <p>%s</p>
                <p><a href="/">Back to the Provider Portal</a></p>
                """.formatted(escape(title), escape(explanation)));
    }

    private static String page(String title, String main) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – Provider Portal</title>
                <link rel="stylesheet" href="%s">
                </head>
                <body>
                <a class="skip" href="#main">Skip to content</a>
                <header><p class="brand"><a href="/">Provider Portal</a></p></header>
                <main id="main">
                %s</main>
                <footer><p>Example relying portal of TIN Access: OpenID Connect with the realm's <code>provider-portal</code> client.</p></footer>
                </body>
                </html>
                """.formatted(escape(title), PortalRoutes.STYLES, main);
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
