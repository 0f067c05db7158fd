package org.tinaccess.mfa;

import java.io.IOException;
import java.util.Map;
import org.keycloak.common.util.Time;
import org.keycloak.credential.CredentialModel;
import org.keycloak.util.JsonSerialization;
import org.tinaccess.mfa.sender.PhoneChannel;

/** A verified phone number and the channel its owner prefers; nothing secret is stored. */
public class PhoneOtpCredentialModel extends CredentialModel {

    public static final String TYPE = "phone-otp";

    public static PhoneOtpCredentialModel create(String phone, PhoneChannel channel) {
        PhoneOtpCredentialModel model = new PhoneOtpCredentialModel();
        model.setType(TYPE);
        model.setUserLabel(PhoneNumbers.masked(phone));
        model.setCreatedDate(Time.currentTimeMillis());
        model.setSecretData("{}");
        try {
            model.setCredentialData(JsonSerialization.writeValueAsString(Map.of("phone", phone, "channel", channel.value())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return model;
    }

    public static PhoneOtpCredentialModel of(CredentialModel stored) {
        PhoneOtpCredentialModel model = new PhoneOtpCredentialModel();
        model.setId(stored.getId());
        model.setType(stored.getType());
        model.setUserLabel(stored.getUserLabel());
        model.setCreatedDate(stored.getCreatedDate());
        model.setCredentialData(stored.getCredentialData());
        model.setSecretData(stored.getSecretData());
        return model;
    }

    public String phone() {
        return data().get("phone");
    }

    public PhoneChannel channel() {
        return PhoneChannel.fromValue(data().get("channel")).orElse(PhoneChannel.SMS);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> data() {
        try {
            return JsonSerialization.readValue(getCredentialData(), Map.class);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable phone-otp credential " + getId(), e);
        }
    }
}
