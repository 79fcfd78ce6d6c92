package com.candidatesearch.candidate;

/**
 * The bytes of an uploaded original, to download or view.
 *
 * @param fileName the name it was uploaded under
 * @param mediaType the media type detected from its bytes
 * @param bytes its content
 */
public record StoredFile(String fileName, String mediaType, byte[] bytes) {
}
