package org.salesteam.e2e;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives each test method the {@link Browser}s it asks for (a phone-sized one for a
 * parameter marked {@link Phone}), pointed at the application's random port. After the
 * test it
 * <ul>
 * <li>saves a screenshot {@code target/screenshots/FAILED-<class>-<method>.png} if the
 * test failed,</li>
 * <li>fails a test that passed if the browser console logged anything SEVERE (script
 * errors, failed loads, Content-Security-Policy violations),</li>
 * <li>and closes the browser.</li>
 * </ul>
 */
class BrowserExtension implements ParameterResolver, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		ApplicationContext application = SpringExtension.getApplicationContext(context);
		String port = application.getEnvironment().getRequiredProperty("local.server.port");
		Browser browser = Browser.open("http://localhost:" + port, parameter.isAnnotated(Phone.class));
		browsers(context).add(browser);
		return browser;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		List<Browser> browsers = browsers(context);
		List<String> severe = new ArrayList<>();
		try {
			for (int i = 0; i < browsers.size(); i++) {
				Browser browser = browsers.get(i);
				if (context.getExecutionException().isPresent()) {
					browser.screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
							+ context.getRequiredTestMethod().getName() + ((i > 0) ? "-" + i : ""));
				}
				severe.addAll(browser.severeConsoleMessages());
			}
		}
		finally {
			browsers.forEach(Browser::close);
			browsers.clear();
		}
		if (context.getExecutionException().isEmpty() && !severe.isEmpty()) {
			throw new AssertionError("The browser console logged errors:\n  " + String.join("\n  ", severe));
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Browser> browsers(ExtensionContext context) {
		return context.getStore(NAMESPACE).computeIfAbsent("browsers", (key) -> new ArrayList<Browser>(), List.class);
	}

}
