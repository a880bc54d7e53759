package org.baobiao.console.web;

import java.time.Duration;
import org.baobiao.console.store.ConsoleStore;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sends accounts with an initial password to change it first ({@link
 * AccountController#mustChangeFirst}), and serves the Chinese font the PDFs embed (Noto Sans SC, in
 * the reports module) as the pages' last fallback font, so that a browser without a Chinese system
 * font still shows the pages; a browser that has one never downloads it.
 */
@Configuration
public class WebConfiguration implements WebMvcConfigurer {
  private final ConsoleStore store;

  public WebConfiguration(ConsoleStore store) {
    this.store = store;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(AccountController.mustChangeFirst(store))
        .excludePathPatterns(
            "/account/password",
            "/login",
            "/logout",
            "/denied",
            "/error",
            "/css/**",
            "/fonts/**",
            "/webjars/**");
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler("/fonts/**")
        .addResourceLocations("classpath:/fonts/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic());
  }
}
