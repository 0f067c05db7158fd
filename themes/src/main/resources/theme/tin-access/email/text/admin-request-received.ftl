<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", firstName)}

${msg("adminRequestReceivedIntro", realmName)}

${msg("mailReference")} ${reference}

${msg("mailTinsRequested")}
<#list tins as tin>
- ${tin.tin}: ${msg("mailOutcome_" + tin.outcome, reviewTime)}
</#list>
<#if pinLink?has_content>

${msg("adminRequestReceivedPin")}
${pinLink}
</#if>

${msg("adminRequestReceivedNext")}
${msg("adminRequestReceivedFirstWins")}

<@help.signature/>
