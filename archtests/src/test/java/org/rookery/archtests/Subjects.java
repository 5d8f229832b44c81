package org.rookery.archtests;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The packages a rule constrains (ArchUnit package identifiers, e.g. {@code org.rookery.domain..}).
 * Each must contain classes, or the rule fails: a rule about nothing proves nothing.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface Subjects {
    String[] value();
}
