/** Text: sentences, tokens, language detection, and the name keys that make Arabic-name spellings meet. */
package org.frontline.text;
