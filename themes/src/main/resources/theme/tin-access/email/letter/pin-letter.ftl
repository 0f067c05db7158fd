<#ftl output_format="plainText">
# ${msg("pinLetterTitle")}

${msg("pinLetterIntro", requesterName, organization, tinEnding, realmName)}

${msg("pinLetterPinIntro", requesterName)}

## ${msg("pinLetterPinLabel")} ${pin}

${msg("pinLetterHowTo", requesterName, expiryDate)}

${msg("pinLetterNotExpected")}

${msg("mailReference")} ${reference}
