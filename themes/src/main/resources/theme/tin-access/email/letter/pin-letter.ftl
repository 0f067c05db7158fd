<#ftl output_format="plainText">
<#import "/text/help.ftl" as help>
# ${msg("pinLetterTitle")}

${msg("pinLetterIntro", requesterName, organization, tinEnding, realmName)}

${msg("pinLetterPinIntro", requesterName)}

## ${msg("pinLetterPinLabel")} ${pin}

${msg("pinLetterHowTo", requesterName, expiryDate)}

${msg("pinLetterNotExpected")}
<@help.contacts/>

${msg("mailReference")} ${reference}
