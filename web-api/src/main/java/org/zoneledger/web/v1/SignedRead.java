package org.zoneledger.web.v1;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a GET resource (class or method) whose request must carry a valid {@code
 * X-IOV42-Authentication} header over its raw request target (spec §3.4). The bound filter, {@code
 * SignedReadFilter}, rejects the request before the resource runs, or leaves the verified reader in
 * the request properties; read it with {@link Reader#of}.
 */
@NameBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface SignedRead {}
