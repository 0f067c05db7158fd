<#import "template.ftl" as layout>
<#import "help.ftl" as help>
<@layout.emailLayout>
<p>${msg("mailHello", adminFirstName)}</p>
<p>${msg("joinReceivedIntro", requester, provider)}</p>
<ul><li>${msg("joinPositionTitleMail")}: ${title}</li><li>${msg("joinEmailMail")}: ${email}</li><li>${msg("joinReasonMail")}: ${reason}</li><#if program?has_content><li>${msg("joinProgramLine", msg("joinProgram_" + program) + programState?has_content?then(" (" + programState + ")", ""))}</li></#if></ul>
<p>${msg("joinReceivedDecide", deadline)}</p>
<@help.signature/>
</@layout.emailLayout>
