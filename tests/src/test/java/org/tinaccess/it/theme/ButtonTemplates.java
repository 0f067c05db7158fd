package org.tinaccess.it.theme;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.StringTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateMethodModelEx;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Draws a one-line page that imports "buttons.ftl" from one theme folder on the class path, with
 * FreeMarker set up as Keycloak sets it up for its themes (HTML output, 2.3.32 rules). Message keys
 * are drawn as themselves.
 */
final class ButtonTemplates {

    private static final TemplateMethodModelEx MSG = arguments -> String.valueOf(arguments.get(0));

    private final StringTemplateLoader pages = new StringTemplateLoader();
    private final AtomicInteger pageNumber = new AtomicInteger();
    private final Configuration freemarker = new Configuration(Configuration.VERSION_2_3_32);
    private final Map<String, Object> model = new HashMap<>();

    ButtonTemplates(String themeFolder, Map<String, Object> model) {
        freemarker.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
            pages, new ClassTemplateLoader(ButtonTemplates.class.getClassLoader(), themeFolder)}));
        freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
        freemarker.setDefaultEncoding("UTF-8");
        this.model.putAll(model);
        this.model.put("msg", MSG);
    }

    String draw(String call) {
        String name = "page-" + pageNumber.incrementAndGet() + ".ftl";
        pages.putTemplate(name, "<#import \"buttons.ftl\" as buttons>" + call);
        StringWriter html = new StringWriter();
        try {
            freemarker.getTemplate(name).process(model, html);
        } catch (IOException | TemplateException e) {
            throw new AssertionError("Could not draw " + call + ": " + e.getMessage(), e);
        }
        return html.toString();
    }
}
