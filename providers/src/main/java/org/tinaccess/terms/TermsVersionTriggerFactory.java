package org.tinaccess.terms;

import org.tinaccess.flow.RequiredActionStepFactory;

public class TermsVersionTriggerFactory extends RequiredActionStepFactory {

    public TermsVersionTriggerFactory() {
        super(TermsVersionTrigger.PROVIDER_ID, "Ask for the terms again when their text changes", new TermsVersionTrigger());
    }
}
