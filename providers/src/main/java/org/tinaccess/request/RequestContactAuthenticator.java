package org.tinaccess.request;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.utils.FormMessage;
import org.tinaccess.flow.LoginTimeout;
import org.tinaccess.flow.StatelessAuthenticator;
import org.tinaccess.provider.PersonProfile;
import org.tinaccess.settings.TinAccessSettings;

/**
 * Step 1 of the request-access flow: the requester's contact information. Valid details go into
 * the draft and the flow moves on to {@code tin-claim}; invalid ones come back with a message next
 * to each faulty field and everything typed kept.
 */
public class RequestContactAuthenticator implements StatelessAuthenticator {

    static final String TEMPLATE = "request-contact.ftl";

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        RequestDraft draft = new RequestDraft(context.getAuthenticationSession());
        if (draft.contact().isPresent() && !draft.isEditingContact()) {
            context.success();
            return;
        }
        context.challenge(page(context, draft.contactValues(), List.of()));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        Map<String, String> typed = new HashMap<>();
        for (String field : ContactDetails.ALL_FIELDS) {
            typed.put(field, form.getFirst(field) == null ? "" : form.getFirst(field));
        }
        if (LoginTimeout.KEEP_GOING.equals(form.getFirst("action"))) {
            context.challenge(page(context, typed, List.of()));
            return;
        }
        ContactDetails.Validation validation = ContactDetails.validate(typed, TinAccessSettings.from(context.getRealm()::getAttribute).phoneRegions());
        List<FormMessage> errors = new ArrayList<>(validation.errors().entrySet().stream()
                .map(error -> new FormMessage(error.getKey(), error.getValue()))
                .toList());
        if (validation.isValid()) {
            // The names become the admin's account names on approval: the realm's user profile has the last word now.
            PersonProfile.problems(context.getSession(), Map.of("firstName", validation.details().firstName(),
                    "lastName", validation.details().lastName()))
                    .forEach(problem -> errors.add(new FormMessage(problem.attribute(), problem.messageKey())));
        }
        if (!errors.isEmpty()) {
            context.challenge(page(context, typed, errors));
            return;
        }
        new RequestDraft(context.getAuthenticationSession()).saveContact(validation.details());
        context.success();
    }

    private static Response page(AuthenticationFlowContext context, Map<String, String> values, List<FormMessage> errors) {
        return LoginTimeout.form(context)
                .setAttribute("contact", values)
                .setErrors(errors)
                .createForm(TEMPLATE);
    }

    @Override
    public boolean requiresUser() {
        return false;
    }
}
