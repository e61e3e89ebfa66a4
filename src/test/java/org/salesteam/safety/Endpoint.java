package org.salesteam.safety;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** One mapped method and path pattern of the application. */
record Endpoint(HttpMethod method, String path) implements Comparable<Endpoint> {

	/**
	 * Every page and API endpoint the application maps, from its own handler mappings
	 * (error pages and the OpenAPI documents excluded).
	 */
	static List<Endpoint> discover(RequestMappingHandlerMapping mappings) {
		Set<Endpoint> found = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/error") || pattern.startsWith("/v3/api-docs")
						|| pattern.startsWith("/swagger-ui")) {
					continue;
				}
				if (methods.isEmpty()) {
					found.add(new Endpoint(HttpMethod.GET, pattern));
				}
				for (RequestMethod method : methods) {
					found.add(new Endpoint(method.asHttpMethod(), pattern));
				}
			}
		}
		return List.copyOf(found);
	}

	boolean isWrite() {
		return !HttpMethod.GET.equals(this.method) && !HttpMethod.HEAD.equals(this.method)
				&& !HttpMethod.OPTIONS.equals(this.method);
	}

	boolean hasVariables() {
		return this.path.contains("{");
	}

	/**
	 * The path with every variable filled: ids with a number nobody owns, names with
	 * another rep's.
	 */
	String concretePath() {
		return this.path.replaceAll("\\{[^}]*[iI]d[^}]*}", "999999").replaceAll("\\{[^}]+}", "rep2");
	}

	@Override
	public int compareTo(Endpoint other) {
		int byPath = this.path.compareTo(other.path);
		return (byPath != 0) ? byPath : this.method.name().compareTo(other.method.name());
	}

	@Override
	public String toString() {
		return this.method + " " + this.path;
	}

}
