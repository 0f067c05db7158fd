package org.tinaccess.it.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A page as a person with a keyboard alone meets it, the page left as it was found:
 * <ul>
 *   <li>Tab reaches every visible control of every form (one radio of each group: arrows move within it);</li>
 *   <li>Enter in each text field submits its form with what its visible primary button sends (the name and
 *       value of that button, or a hidden copy of them placed first for implicit submission); a field whose
 *       Enter has a documented action of its own is listed in {@link #OWN_ENTER};</li>
 *   <li>a page just loaded has focus where it asks for it ({@code autofocus}: the first field of a page whose
 *       first task is typing, or the first invalid one).</li>
 * </ul>
 * Enter is a real key press: a listener in the capture phase records the submitter and cancels the
 * submission (before the page's own handlers), so the page does not change.
 */
public final class KeyboardWalk {

    /** Fields whose Enter does something else than the form's primary, by design: form id/field id → the button it presses. */
    private static final Map<String, String> OWN_ENTER = Map.of(
            "ta-request-tins/tin", "ta-add"); // the Tax ID step: Enter adds the typed Tax ID to the list, Next is a click away

    private static final String VISIBLE = "const visible = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length)"
            + " && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[aria-hidden=true],[inert]');";

    /** The visible text fields of the page's forms, where Enter submits (an expression, after {@link #VISIBLE}). */
    private static final String TEXT_FIELDS = "[...document.querySelectorAll('input')].filter(i => i.form && !i.disabled && visible(i)"
            + " && ['text','email','tel','password','number','search','url','date'].includes(i.type))";

    private KeyboardWalk() {}

    /** What a keyboard user would trip over on this page, each finding prefixed with {@code page}. */
    public static List<String> findings(Chromium chromium, String page, boolean justLoaded) {
        List<String> findings = new ArrayList<>();
        Object before = chromium.driver().executeScript("return document.activeElement");
        if (justLoaded) {
            startingFocus(chromium).ifPresent(finding -> findings.add(page + ": " + finding));
        }
        tabOrder(chromium).forEach(finding -> findings.add(page + ": " + finding));
        enterInEachField(chromium).forEach(finding -> findings.add(page + ": " + finding));
        chromium.driver().executeScript("document.activeElement && document.activeElement.blur();"
                + "if (arguments[0] && arguments[0] !== document.body) arguments[0].focus({preventScroll: true})", before);
        return findings;
    }

    /** The field a page asks focus for (autofocus) has it once the page is loaded. */
    private static Optional<String> startingFocus(Chromium chromium) {
        Object finding = chromium.driver().executeScript(VISIBLE
                + "const asked = [...document.querySelectorAll('[autofocus]')].find(visible);"
                + "const active = document.activeElement;"
                + "return asked && asked !== active ? 'focus is on ' + (active === document.body ? '<body>' : active.tagName + ' ' + active.id)"
                + "  + ', the page asks it for ' + (asked.id || asked.name) : null;");
        return Optional.ofNullable((String) finding);
    }

    /** Tabs through the page once and names the form controls focus never reached. */
    private static List<String> tabOrder(Chromium chromium) {
        Long presses = (Long) chromium.driver().executeScript(VISIBLE
                + "window.__taFocused = new Set();"
                + "if (!window.__taFocusRecorder) { window.__taFocusRecorder = e => window.__taFocused && window.__taFocused.add(e.target);"
                + "  document.addEventListener('focusin', window.__taFocusRecorder, true); }"
                + "document.activeElement && document.activeElement.blur();"
                // One press per control focus can reach, and a few more: the walk goes round the page once.
                + "return [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]"
                + "  .filter(e => e.tabIndex >= 0 && !e.disabled && visible(e)).length + 3;");
        Actions tabs = new Actions(chromium.driver());
        for (long i = 0; i < presses; i++) {
            tabs.sendKeys(Keys.TAB);
        }
        tabs.perform();
        @SuppressWarnings("unchecked")
        List<String> missed = (List<String>) chromium.driver().executeScript(VISIBLE
                + "const reached = window.__taFocused; window.__taFocused = null;"
                + "const controls = [...document.querySelectorAll('form input:not([type=hidden]), form select, form textarea, form button, button[form]')]"
                + "  .filter(c => !c.disabled && c.tabIndex >= 0 && visible(c));"
                + "const radioGroups = new Set();"
                + "return controls.filter(c => {"
                + "  if (c.type === 'radio') {"
                + "    const group = (c.form ? c.form.id : '') + '/' + c.name;"
                + "    if (radioGroups.has(group)) return false; radioGroups.add(group);"
                + "    return ![...document.getElementsByName(c.name)].some(r => reached.has(r));"
                + "  }"
                + "  return !reached.has(c);"
                + "}).map(c => 'Tab never reaches ' + c.tagName.toLowerCase() + (c.type ? '[' + c.type + ']' : '') + ' ' + (c.id || c.name || c.textContent.trim()));");
        return missed;
    }

    /** Presses Enter in every visible text field of every form and compares what it submits with the visible primary. */
    @SuppressWarnings("unchecked")
    private static List<String> enterInEachField(Chromium chromium) {
        List<WebElement> fields = (List<WebElement>) chromium.driver().executeScript(VISIBLE
                + "window.__taSubmitted = [];"
                + "if (!window.__taSubmitRecorder) { window.__taSubmitRecorder = e => {"
                + "    if (!window.__taSubmitted) return;"
                + "    e.preventDefault(); e.stopImmediatePropagation();"
                + "    window.__taSubmitted.push({field: document.activeElement, by: e.submitter || null}); };"
                + "  window.addEventListener('submit', window.__taSubmitRecorder, true); }"
                // The browser's own validation would stop a submission before its submit event: the check is which button Enter presses.
                + "window.__taValidating = [...document.forms].filter(f => !f.noValidate);"
                + "window.__taValidating.forEach(f => f.noValidate = true);"
                + "return " + TEXT_FIELDS + ";");
        try {
            for (WebElement field : fields) {
                try {
                    field.sendKeys(Keys.ENTER); // focuses the field, then a real key press
                } catch (StaleElementReferenceException e) {
                    return List.of("Enter in " + field.getAttribute("id") + " changed the page");
                }
            }
            return (List<String>) chromium.driver().executeScript(VISIBLE
                    + "const fields = arguments[0], ownEnters = arguments[1];"
                    + "const label = b => b ? (b.id || b.textContent.trim() || b.name + '=' + b.value) : 'the form without a button';"
                    + "return fields.map(field => {"
                    + "  const ownEnter = ownEnters[field.form.id + '/' + field.id];"
                    + "  const name = field.id || field.name;"
                    + "  const sent = window.__taSubmitted.filter(s => s.field === field).map(s => s.by);"
                    + "  const buttons = [...document.querySelectorAll('button, input[type=submit]')].filter(b => b.form === field.form);"
                    + "  const submits = buttons.filter(b => visible(b) && b.type === 'submit');"
                    // A form without a primary of its own (a search beside the page's main form) submits with its one button.
                    + "  const expected = ownEnter ? document.getElementById(ownEnter)"
                    + "    : buttons.find(b => visible(b) && /(^|\\s)pf-m-primary(\\s|$)/.test(b.className)) || (submits.length === 1 ? submits[0] : null);"
                    + "  if (!expected) return sent.length ? 'Enter in ' + name + ' submits though its form shows no primary button' : null;"
                    + "  if (expected.disabled) return sent.length ? 'Enter in ' + name + ' submits though the primary ' + label(expected) + ' is disabled' : null;"
                    + "  if (expected.type !== 'submit') return 'the primary ' + label(expected) + ' of the form of ' + name + ' is no submit button: Enter cannot press it';"
                    + "  if (sent.length !== 1) return 'Enter in ' + name + ' submitted ' + sent.length + ' times, the primary is ' + label(expected);"
                    + "  const by = sent[0];"
                    + "  const same = by === expected || (by && by.name === expected.name && by.value === expected.value"
                    + "    && by.getAttribute('formaction') === expected.getAttribute('formaction'));"
                    + "  return same ? null : 'Enter in ' + name + ' presses ' + label(by) + ', the visible primary is ' + label(expected);"
                    + "}).filter(finding => finding);",
                    fields, OWN_ENTER);
        } finally {
            chromium.driver().executeScript("window.__taSubmitted = null;"
                    + "(window.__taValidating || []).forEach(f => f.noValidate = false); window.__taValidating = null;");
        }
    }
}
