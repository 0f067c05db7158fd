<#--
  Masked Tax IDs (**-***0551) read aloud as a row of asterisks; a screen reader gets "Tax ID ending
  0551" instead, while the page shows the masked form (WCAG 1.1.1, 1.3.1).
-->
<#macro readable text><#list text?split("(?=\\*\\*-\\*\\*\\*[0-9]{4})|(?<=\\*\\*-\\*\\*\\*[0-9]{4})", "r") as part><#if part?matches("\\*\\*-\\*\\*\\*[0-9]{4}")><span aria-hidden="true">${part}</span><span class="pf-v5-screen-reader">${msg("tinEnding", part?keep_after_last("*"))}</span><#else>${part}</#if></#list></#macro>
