/**
 * Running untrusted extension code: the {@link dev.banter.api.sandbox.SandboxProvider} SPI, the limits every
 * invocation runs under, and the violations a provider reports.
 *
 * <p>A host loads a provider with {@link dev.banter.api.sandbox.SandboxProvider#load(String)}, creates one
 * {@link dev.banter.api.sandbox.Sandbox} per runtime, and turns an {@link dev.banter.api.sandbox.ExtensionSource} into
 * one {@link dev.banter.api.sandbox.ExtensionInstance} per room. The instance's
 * {@link dev.banter.api.sandbox.ExtensionInstance#handlerSpec() handler} is installed in the room like any Java
 * handler; the engine never knows which language runs behind it.
 *
 * @since 0.1
 */
@NullMarked
package dev.banter.api.sandbox;

import org.jspecify.annotations.NullMarked;
