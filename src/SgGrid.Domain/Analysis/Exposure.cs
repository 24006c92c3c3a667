using System.Collections.Immutable;

namespace SgGrid.Domain.Analysis;

/// <summary>What one rule exposes to the Internet (<see cref="ExposureCheck"/>), with the recommendation.</summary>
public sealed record Exposure(string Source, bool AllPorts, ImmutableArray<ushort> AdministrationPorts, ImmutableArray<ushort> DatabasePorts, string Recommendation);
