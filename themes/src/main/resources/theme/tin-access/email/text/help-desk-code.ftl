<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("helpDeskCodeIntro", realmName)}

${code}

${msg("helpDeskCodeHow", minutes)}

${msg("helpDeskCodeNotYou")}

<@help.signature/>
