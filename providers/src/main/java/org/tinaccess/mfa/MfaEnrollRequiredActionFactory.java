package org.tinaccess.mfa;

import org.tinaccess.flow.RequiredActionStepFactory;

public class MfaEnrollRequiredActionFactory extends RequiredActionStepFactory {

    public MfaEnrollRequiredActionFactory() {
        super(MfaEnrollRequiredAction.PROVIDER_ID, "Set up multifactor authentication", new MfaEnrollRequiredAction());
    }
}
