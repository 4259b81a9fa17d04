say('media', $media.type, $media.name, $media.tokens);
