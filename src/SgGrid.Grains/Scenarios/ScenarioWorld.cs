using SgGrid.Domain.Evaluation;
using SgGrid.Domain.WhatIf;

namespace SgGrid.Grains.Scenarios;

/// <summary>
/// One world (production or a scenario) of a VPC as the what-if analysis sees it: every ENI with its addresses and the
/// effective policy its data plane decides with, and a stamp that changes whenever any of that changes.
/// </summary>
/// <param name="World">The ENIs with their addresses and policies.</param>
/// <param name="Policies">Each ENI's policy by id, to explain the decisions of a difference.</param>
/// <param name="Stamp">A digest of every ENI's groups, their versions and its addresses.</param>
/// <param name="PolicyClassCount">Distinct policies built (ENIs with the same groups at the same versions share one).</param>
internal sealed record ScenarioWorld(WhatIfWorld World, IReadOnlyDictionary<string, EffectivePolicy> Policies, string Stamp, int PolicyClassCount);
