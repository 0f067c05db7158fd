<#import "template.ftl" as layout>
<@layout.emailLayout>
<p>${msg("mailHello", adminFirstName)}</p>
<p>${msg("joinReceivedIntro", requester, provider)}</p>
<ul><li>${msg("joinPositionTitleMail")}: ${title}</li><li>${msg("joinEmailMail")}: ${email}</li><li>${msg("joinReasonMail")}: ${reason}</li></ul>
<p>${msg("joinReceivedDecide", deadline)}</p>
<p>${msg("emailSignature")}</p>
</@layout.emailLayout>
