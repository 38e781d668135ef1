package org.qianshou.system;

/** The requested thing does not exist, or the caller may not know that it exists. */
public class NotFoundException extends RuntimeException {

    private final String resourceKey;
    private final Object id;

    /** @param resourceKey message key naming the kind of thing, e.g. {@code resource.project} */
    public NotFoundException(String resourceKey, Object id) {
        super(resourceKey + " " + id + " not found");
        this.resourceKey = resourceKey;
        this.id = id;
    }

    public String resourceKey() {
        return resourceKey;
    }

    public Object id() {
        return id;
    }
}
