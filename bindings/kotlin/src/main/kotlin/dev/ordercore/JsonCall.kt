// The JSON entry through the C ABI, bound by JNA direct mapping: the fast path from the JVM.
package dev.ordercore

import com.sun.jna.Native
import com.sun.jna.Pointer

/**
 * The JSON entry through the C ABI (`ordercore_call`, in a library built with the `capi` feature,
 * as README.md's build lines do), bound by JNA direct mapping: for the same text, the same answer
 * as [callJson], without the buffers and status record that uniffi builds on every call. A text
 * with a NUL character, which a C string cannot carry, goes through [callJson]; so does every call
 * when the library lacks the C ABI ([isDirect] is then false).
 */
object JsonCall {
    /** Whether calls go straight to the C ABI (false: the library was built without `capi`). */
    val isDirect: Boolean = try {
        Native.register(JsonCall::class.java, System.getProperty("uniffi.component.ordercore.libraryOverride") ?: "ordercore")
        true
    } catch (e: UnsatisfiedLinkError) {
        false
    }

    /**
     * Runs the operation `method` on `args`, a JSON object of its arguments, and returns the
     * envelope `{"ok": true, "result": …}` or `{"ok": false, "error": …}`. It never throws.
     */
    fun call(method: String, args: String): String {
        if (!isDirect || method.indexOf('\u0000') >= 0 || args.indexOf('\u0000') >= 0) return callJson(method, args)
        val answer = ordercore_call(cString(method), cString(args)) ?: return callJson(method, args)
        try {
            return answer.getString(0, "UTF-8")
        } finally {
            ordercore_free(answer)
        }
    }

    /** `s` as a NUL-terminated UTF-8 string. */
    private fun cString(s: String): ByteArray = s.toByteArray(Charsets.UTF_8).let { it.copyOf(it.size + 1) }

    private external fun ordercore_call(method: ByteArray, args: ByteArray): Pointer?
    private external fun ordercore_free(answer: Pointer?)
}
