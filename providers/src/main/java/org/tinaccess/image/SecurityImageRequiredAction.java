package org.tinaccess.image;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.keycloak.authentication.InitiatedActionSupport;
import org.keycloak.authentication.RequiredActionContext;
import org.keycloak.authentication.RequiredActionProvider;
import org.keycloak.events.EventType;
import org.keycloak.models.utils.FormMessage;

/**
 * The plan's "Choose a Security Image": a picture and a caption the user will recognise on every
 * sign-in, proving the page is the plan's. Part of the activation chain; also reachable from the
 * account console as an application-initiated action ({@code kc_action=security-image}).
 */
public class SecurityImageRequiredAction implements RequiredActionProvider {

    public static final String PROVIDER_ID = "security-image";
    static final String TEMPLATE = "security-image-choose.ftl";

    @Override
    public InitiatedActionSupport initiatedActionSupport() {
        return InitiatedActionSupport.SUPPORTED;
    }

    @Override
    public void evaluateTriggers(RequiredActionContext context) {
        // added by activation and invitations; users change it on their own from the account console
    }

    @Override
    public void requiredActionChallenge(RequiredActionContext context) {
        if (!SecurityImageSetting.isOn(context.getRealm())) {
            context.success();
            return;
        }
        var current = SecurityImageChoice.of(context.getUser());
        context.challenge(page(context, current.map(SecurityImages.Shown::imageId).orElse(null),
                current.map(SecurityImages.Shown::caption).orElse(""), null));
    }

    @Override
    public void processAction(RequiredActionContext context) {
        // "Cancel" of the application-initiated action is Keycloak's to handle (only inside one):
        // anywhere else a cancel-aia field must not skip the step.
        MultivaluedMap<String, String> form = context.getHttpRequest().getDecodedFormParameters();
        String image = form.getFirst("image");
        String caption = form.getFirst("caption");
        if (!SecurityImages.isImage(image)) {
            context.challenge(page(context, null, SecurityImages.isCaption(caption) ? caption : "", new FormMessage("image", "securityImageChoose")));
            return;
        }
        if (!SecurityImages.isCaption(caption)) {
            context.challenge(page(context, image, "", new FormMessage("caption", "securityImageCaptionChoose")));
            return;
        }
        SecurityImageChoice.save(context.getUser(), image, caption);
        context.getEvent().event(EventType.UPDATE_PROFILE).detail("updated", "security-image").success();
        context.success();
    }

    /** The chooser; a refusal is the refused field's error, so the page marks that field and puts focus on it. */
    private static Response page(RequiredActionContext context, String selected, String caption, FormMessage error) {
        var form = context.form()
                .setAttribute("images", SecurityImages.IDS)
                .setAttribute("selectedImage", selected == null ? "" : selected)
                .setAttribute("captions", SecurityImages.CAPTIONS)
                .setAttribute("caption", caption);
        if (error != null) {
            form.addError(error);
        }
        return form.createForm(TEMPLATE);
    }

    @Override
    public void close() {
        // stateless
    }
}
