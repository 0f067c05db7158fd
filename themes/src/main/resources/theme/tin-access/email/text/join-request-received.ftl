<#ftl output_format="plainText">
<#import "help.ftl" as help>
${msg("mailHello", adminFirstName)}

${msg("joinReceivedIntro", requester, provider)}
- ${msg("joinPositionTitleMail")}: ${title}
- ${msg("joinEmailMail")}: ${email}
- ${msg("joinReasonMail")}: ${reason}
<#if program?has_content>
- ${msg("joinProgramLine", msg("joinProgram_" + program) + programState?has_content?then(" (" + programState + ")", ""))}
</#if>

${msg("joinReceivedDecide", deadline)}

<@help.signature/>
