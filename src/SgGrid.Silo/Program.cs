using SgGrid.Domain.Rules;
using SgGrid.Silo;

// Until the Orleans silo lands (issue 3), the main job evaluates a sample region with the domain engine and prints
// every verdict with the rule (or implicit reason) that decided each side.
var region = new SampleRegion();
(string Source, string Destination, IpProtocol Protocol, ushort Port)[] checks =
[
    ("198.51.100.7", "eni-bastion", IpProtocol.Tcp, 22),
    ("eni-bastion", "eni-web-1", IpProtocol.Tcp, 22),
    ("eni-web-1", "eni-web-2", IpProtocol.Tcp, 8080),
    ("eni-web-1", "eni-db", IpProtocol.Tcp, 3306),
    ("eni-bastion", "eni-db", IpProtocol.Tcp, 3306),
    ("eni-db", "eni-web-1", IpProtocol.Tcp, 443),
    ("203.0.113.9", "eni-web-1", IpProtocol.Tcp, 443),
    ("192.0.2.1", "eni-web-2", IpProtocol.Tcp, 443),
    ("eni-web-1", "192.0.2.25", IpProtocol.Tcp, 25),
    ("eni-web-2", "192.0.2.53", IpProtocol.Udp, 53),
];

Console.WriteLine("SgGrid sample region: bastion, web (2 ENIs), database; ECS security-group semantics.");
Console.WriteLine();
foreach (var (source, destination, protocol, port) in checks)
{
    var (verdict, sourceWhy, destinationWhy) = region.Check(source, destination, protocol, port);
    Console.WriteLine($"{source} -> {destination} {protocol}/{port}: {(verdict.Allowed ? "ALLOWED" : "DENIED")}");
    Console.WriteLine($"    source egress:       {sourceWhy}");
    Console.WriteLine($"    destination ingress: {destinationWhy}");
}
