<#ftl output_format="plainText">
<#import "/text/help.ftl" as help>
# ${msg("helpDeskLetterTitle")}

${msg("helpDeskLetterIntro", personName, provider, tinEnding, realmName)}

${msg("helpDeskLetterCodeIntro", personName)}

## ${msg("helpDeskLetterCodeLabel")} ${code}

${msg("helpDeskLetterHowTo", personName, expiryDate)}

${msg("helpDeskLetterNotExpected")}
<@help.contacts/>

${msg("mailReference")} ${reference}
