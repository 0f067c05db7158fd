package org.tinaccess.it.support;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A passkey without a browser: an ES256 key pair that answers Keycloak's own WebAuthn pages the
 * way {@code navigator.credentials.create()} and {@code get()} would (attestation "none", user
 * present and verified), so the HTTP-level tests can enrol and use passkeys through the real
 * register and authenticate forms. The browser tests use Chromium's virtual authenticator instead.
 */
public final class SoftwarePasskey {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final int USER_PRESENT = 0x01;
    private static final int USER_VERIFIED = 0x04;
    private static final int ATTESTED_CREDENTIAL = 0x40;

    private final String origin;
    private final KeyPair keys;
    private final byte[] credentialId = new byte[32];
    private String userHandle = "";
    private int signCount;

    /** @param serverBaseUrl the origin the pages are served from, e.g. http://localhost:8080 */
    public SoftwarePasskey(String serverBaseUrl) {
        this.origin = serverBaseUrl;
        RANDOM.nextBytes(credentialId);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code page} is one of Keycloak's passkey registration pages. */
    public static boolean isRegistrationPage(WebSession.Page page) {
        return page.document().selectFirst("form#register input[name=attestationObject]") != null;
    }

    /** Whether {@code page} asks for a passkey. */
    public static boolean isAuthenticationPage(WebSession.Page page) {
        return page.document().selectFirst("form#webauth input[name=authenticatorData]") != null;
    }

    /** Answers a registration page (webauthn-register or webauthn-register-passwordless); returns the page after. */
    public WebSession.Page register(WebSession browser, WebSession.Page page) {
        if (!isRegistrationPage(page)) {
            throw new AssertionError("Not a passkey registration page:\n" + page.body());
        }
        String challenge = scriptValue(page, "challenge");
        String rpId = scriptValue(page, "rpId");
        userHandle = scriptValue(page, "userid");
        byte[] clientData = clientData("webauthn.create", challenge);
        byte[] authData = concat(sha256(rpId.getBytes(StandardCharsets.UTF_8)),
                new byte[] {(byte) (USER_PRESENT | USER_VERIFIED | ATTESTED_CREDENTIAL)}, counter(0), new byte[16],
                ByteBuffer.allocate(2).putShort((short) credentialId.length).array(), credentialId, coseKey());
        Cbor attestation = new Cbor().map(3).text("fmt").text("none").text("attStmt").map(0).text("authData").bytes(authData);
        return browser.submit(page.form("form#register"), Map.of(
                "clientDataJSON", B64URL.encodeToString(clientData),
                "attestationObject", B64URL.encodeToString(attestation.toByteArray()),
                "publicKeyCredentialId", B64URL.encodeToString(credentialId),
                "authenticatorLabel", "Test passkey",
                "transports", "internal"));
    }

    /** Answers a passkey page with a signed assertion; returns the page after. */
    public WebSession.Page authenticate(WebSession browser, WebSession.Page page) {
        if (!isAuthenticationPage(page)) {
            throw new AssertionError("Not a passkey page:\n" + page.body());
        }
        String challenge = scriptValue(page, "challenge");
        String rpId = scriptValue(page, "rpId");
        byte[] clientData = clientData("webauthn.get", challenge);
        byte[] authData = concat(sha256(rpId.getBytes(StandardCharsets.UTF_8)), new byte[] {(byte) (USER_PRESENT | USER_VERIFIED)},
                counter(++signCount));
        return browser.submit(page.form("form#webauth"), Map.of(
                "clientDataJSON", B64URL.encodeToString(clientData),
                "authenticatorData", B64URL.encodeToString(authData),
                "signature", B64URL.encodeToString(sign(concat(authData, sha256(clientData)))),
                "credentialId", B64URL.encodeToString(credentialId),
                "userHandle", userHandle));
    }

    private byte[] clientData(String type, String challenge) {
        return ("{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin + "\",\"crossOrigin\":false}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The COSE_Key of the public key: EC2, ES256, P-256, x and y. */
    private byte[] coseKey() {
        ECPublicKey key = (ECPublicKey) keys.getPublic();
        return new Cbor().map(5).integer(1).integer(2).integer(3).integer(-7).integer(-1).integer(1)
                .integer(-2).bytes(unsigned32(key.getW().getAffineX()))
                .integer(-3).bytes(unsigned32(key.getW().getAffineY()))
                .toByteArray();
    }

    private byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(keys.getPrivate());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value of the page's inline script, e.g. {@code challenge : "…"}. */
    private static String scriptValue(WebSession.Page page, String name) {
        Matcher matcher = Pattern.compile("\\b" + name + "\\s*:\\s*\"([^\"]*)\"").matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("No " + name + " in the page's script:\n" + page.body());
        }
        return matcher.group(1);
    }

    private static byte[] counter(int value) {
        return ByteBuffer.allocate(4).putInt(value).array();
    }

    private static byte[] unsigned32(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, out, 32 - length, length);
        return out;
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Arrays.stream(parts).forEach(out::writeBytes);
        return out.toByteArray();
    }

    /** Just enough CBOR (RFC 8949) for an attestation object and a COSE key. */
    private static final class Cbor {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Cbor map(int entries) {
            return head(5, entries);
        }

        Cbor text(String value) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            head(3, utf8.length);
            out.writeBytes(utf8);
            return this;
        }

        Cbor bytes(byte[] value) {
            head(2, value.length);
            out.writeBytes(value);
            return this;
        }

        Cbor integer(int value) {
            return value >= 0 ? head(0, value) : head(1, -1 - value);
        }

        private Cbor head(int major, int length) {
            if (length < 24) {
                out.write(major << 5 | length);
            } else if (length < 256) {
                out.write(major << 5 | 24);
                out.write(length);
            } else {
                out.write(major << 5 | 25);
                out.write(length >> 8);
                out.write(length & 0xff);
            }
            return this;
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
