/**
 * Runs an extension project on the production engine in a simulated room, and checks scenario files against it.
 *
 * <pre>{@code
 * ExtensionProject project = ExtensionProject.load(Path.of("tipgoal"));
 * for (Scenario scenario : Scenarios.loadAll(project.dir())) {
 *     ScenarioResult result = ScenarioRunner.run(project, scenario);
 *     System.out.println(result.report());
 * }
 * try (SimulatedRoom room = SimulatedRoom.newBuilder(project).settings(Map.of("goal", 100)).build()) {
 *     StepResult r = room.send(SimEvent.tip(User.viewer("bob"), 60, ""));
 *     r.notices(); r.verdict(); room.subject(); room.kv();
 * }
 * }</pre>
 *
 * @since 0.4
 */
@NullMarked
package dev.banter.sdk.harness;

import org.jspecify.annotations.NullMarked;
