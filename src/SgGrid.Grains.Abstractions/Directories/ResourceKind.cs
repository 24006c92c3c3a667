namespace SgGrid.Grains.Abstractions.Directories;

/// <summary>The kinds of resource a tenant's directory lists.</summary>
[GenerateSerializer, Alias("sggrid.ResourceKind")]
public enum ResourceKind : byte
{
    Vpc = 1,
    VSwitch = 2,
    SecurityGroup = 3,
    NetworkInterface = 4,
    Instance = 5,
    PrefixList = 6,
    WhatIfScenario = 7,
}
