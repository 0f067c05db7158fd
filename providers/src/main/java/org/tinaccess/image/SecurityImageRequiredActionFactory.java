package org.tinaccess.image;

import org.tinaccess.flow.RequiredActionStepFactory;

public class SecurityImageRequiredActionFactory extends RequiredActionStepFactory {

    public SecurityImageRequiredActionFactory() {
        super(SecurityImageRequiredAction.PROVIDER_ID, "Choose a security image", new SecurityImageRequiredAction());
    }
}
