/**
 * The verification classes of the Banter TCK, one per contract, each with one factory method; optional hooks
 * returning null skip the rules that need them. Test names carry the SPEC.md rule they check:
 * {@code required_spec3_2_rejectStopsTheChain} for a MUST, {@code recommended_...} for a SHOULD.
 *
 * @since 0.4
 */
@NullMarked
package dev.banter.tck;

import org.jspecify.annotations.NullMarked;
