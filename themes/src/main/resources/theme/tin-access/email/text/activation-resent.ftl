<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("activationResentIntro", realmName)}

${msg("activationResentButton")}: ${link}

${msg("activationResentValid", expiryDate)}

${msg("activationResentNotYou")}

<@help.signature/>
