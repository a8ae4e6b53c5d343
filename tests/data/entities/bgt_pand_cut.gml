<?xml version="1.0" encoding="UTF-8"?>
<CityModel xmlns:gml="http://www.opengis.net/gml" xmlns:imgeo="http://www.geostandaarden.nl/imgeo/2.1" xmlns="http://www.opengis.net/citygml/2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.geostandaarden.nl/imgeo/2.1 http://register.geostandaarden.nl/gmlapplicatieschema/imgeo/2.1.1/imgeo.xsd">
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b029a7753-fd85-4e92-8a37-f80b8b4c9ab1">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0191868</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009193</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36525.422 402129.314 36525.701 402132.542 36525.761 402132.537 36526.140 402137.253 36528.453 402137.067 36528.683 402140.248 36522.393 402140.729 36522.147 402137.571 36522.474 402137.546 36522.405 402136.652 36517.827 402137.009 36517.587 402134.067 36515.420 402134.244 36515.021 402129.520 36517.205 402129.344 36516.966 402126.372 36518.660 402126.272 36518.607 402125.385 36519.248 402124.635 36521.086 402124.482 36521.830 402125.120 36521.917 402126.006 36523.628 402125.838 36523.918 402129.377 36524.108 402129.361 36524.112 402129.421 36525.422 402129.314</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>3</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36520.528 402132.657</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000015227</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bf2fa3d95-dea1-4ed4-bda1-57302963ed4d">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a01918a8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008898</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36479.547 402068.568 36478.788 402060.383 36485.452 402059.779 36485.714 402062.641 36485.774 402062.635 36485.997 402065.070 36485.937 402065.075 36486.200 402067.947 36479.547 402068.568</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>12</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36482.530 402064.201</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000015213</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b092ddf75-4eeb-4fb7-ba37-3972ea016bba">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0191a58</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009352</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36396.381 402170.546 36402.489 402177.221 36398.406 402180.954 36397.861 402180.340 36396.158 402181.498 36394.937 402179.721 36396.375 402178.746 36392.303 402174.263 36396.381 402170.546</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>26a</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36397.678 402176.056</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000017589</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bdadc2d3f-117a-4719-bb10-e718c7c67eed">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0191a98</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009059</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36403.513 402093.294 36409.714 402095.792 36408.600 402098.562 36410.627 402099.377 36408.847 402103.770 36406.830 402102.956 36405.725 402105.694 36401.453 402103.980 36401.148 402104.740 36401.426 402104.851 36400.225 402107.845 36394.349 402105.487 36395.536 402102.542 36399.206 402104.009 36400.848 402099.901 36400.671 402099.831 36400.693 402099.775 36399.473 402099.287 36400.759 402096.088 36401.978 402096.581 36402.000 402096.525 36402.177 402096.596 36403.513 402093.294</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>33</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36405.344 402100.615</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014666</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b94d51a9c-2db8-44b3-bb12-91decf98708b">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0191ad8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008936</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36427.403 402070.217 36433.767 402069.441 36434.845 402078.300 36428.499 402079.074 36428.159 402076.270 36427.083 402075.444 36426.911 402074.093 36427.742 402073.024 36427.403 402070.217</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>38</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36430.646 402074.288</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014684</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b65627f79-e020-4aba-8f78-f1d929138cb4">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0191b18</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008888</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36397.832 402055.809 36404.137 402053.531 36405.145 402056.320 36407.190 402055.581 36408.797 402060.037 36406.744 402060.775 36407.746 402063.562 36401.457 402065.834 36400.250 402062.504 36400.071 402062.569 36400.050 402062.512 36398.818 402062.959 36397.649 402059.720 36398.883 402059.274 36398.862 402059.217 36399.041 402059.153 36397.832 402055.809</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>37</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36403.166 402059.721</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014668</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b313013fb-8b52-4599-b6a2-0379c6ee519c">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0191bd8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008967</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36506.573 402074.615 36513.231 402074.037 36513.933 402082.076 36517.818 402081.737 36518.077 402084.896 36511.800 402085.437 36511.542 402082.426 36507.285 402082.790 36507.037 402079.939 36506.977 402079.944 36506.763 402077.491 36506.823 402077.486 36506.573 402074.615</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>9</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36510.347 402079.773</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000015230</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bd455a1bb-2716-46e3-ad6f-14ec275b0fc3">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0191f68</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009012</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36372.729 402095.234 36372.763 402095.328 36368.019 402097.060 36367.986 402096.966 36366.817 402093.750 36366.215 402093.968 36365.396 402091.711 36365.998 402091.493 36364.673 402087.844 36369.396 402086.110 36372.729 402095.234</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>49</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36368.529 402091.619</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014655</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bf87a6018-ca3c-4fbf-bc15-8848c2a5e8c5">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0192328</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009304</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36322.098 402160.929 36323.529 402157.639 36323.750 402157.072 36326.155 402158.207 36324.929 402160.742 36327.057 402161.719 36327.449 402160.864 36330.544 402162.285 36330.152 402163.141 36332.273 402164.112 36330.558 402167.907 36329.224 402167.296 36327.056 402172.032 36322.342 402169.887 36324.508 402165.139 36323.173 402164.530 36320.854 402163.510 36322.098 402160.929</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>20a</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36327.576 402166.422</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000017582</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bb04603fb-fe7a-4272-9810-0827bda3d1a5">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0192368</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008996</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36329.083 402082.332 36330.242 402085.567 36330.844 402085.351 36331.653 402087.608 36331.051 402087.824 36332.360 402091.472 36327.603 402093.199 36324.295 402084.088 36324.261 402083.994 36329.048 402082.238 36329.083 402082.332</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>48</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36328.437 402087.753</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014746</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="ba1f5821d-b360-4fda-b17a-e83f7887866a">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a01923a8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008881</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36321.561 402061.845 36321.595 402061.939 36316.832 402063.667 36316.798 402063.573 36313.478 402054.455 36318.243 402052.727 36319.586 402056.405 36320.181 402056.188 36321.013 402058.466 36320.408 402058.687 36321.561 402061.845</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>42</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36317.890 402058.231</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014743</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b0048566a-cead-4a3f-b9b7-d66bd6cc2b02">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a01924f8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008995</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36255.475 402083.100 36255.402 402082.656 36262.008 402081.611 36262.483 402084.542 36264.635 402084.194 36265.394 402088.872 36263.252 402089.219 36263.726 402092.141 36258.157 402093.032 36258.790 402097.032 36254.760 402097.669 36252.529 402083.566 36255.475 402083.100</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>4</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36258.413 402089.690</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014672</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b75c5f5b9-f75d-49bb-a4ca-8574b9b05411">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-11-13T09:53:30</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a01925b8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009158</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36421.165 402113.975 36426.950 402116.679 36425.462 402119.877 36427.754 402120.943 36425.606 402125.524 36424.473 402124.995 36422.107 402123.891 36421.844 402124.453 36419.660 402123.433 36419.922 402122.871 36416.495 402121.272 36418.641 402116.694 36419.500 402117.095 36420.884 402114.129 36421.056 402114.209 36421.165 402113.975</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>30</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36421.348 402119.786</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014680</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bce69d46b-3866-4b38-8898-7480aedd31d3">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0192e78</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009060</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36294.222 402101.107 36292.995 402101.559 36293.016 402101.616 36292.828 402101.685 36294.054 402105.010 36295.762 402104.380 36296.725 402106.990 36293.098 402108.327 36292.136 402105.717 36287.769 402107.327 36286.745 402104.527 36284.696 402105.276 36283.062 402100.831 36285.111 402100.080 36284.091 402097.298 36290.394 402095.016 36291.601 402098.351 36293.041 402097.883 36294.222 402101.107</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>5</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36288.112 402101.713</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014659</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bbc75ae54-239b-4c5c-9353-86e68b238ba1">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0192ec8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008924</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36258.896 402062.876 36259.387 402065.815 36261.527 402065.457 36262.275 402070.132 36260.127 402070.475 36260.597 402073.415 36253.962 402074.492 36253.391 402070.977 36253.203 402071.007 36253.193 402070.948 36251.906 402071.157 36251.352 402067.750 36252.830 402067.459 36252.261 402063.953 36258.896 402062.876</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>2</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36256.779 402068.720</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014671</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b53172889-da96-4436-a123-0a819ff0fc1f">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-16</terminationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2017-03-16T08:48:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0192ee8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008983</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36296.989 402089.908 36294.412 402090.221 36294.070 402087.402 36296.647 402087.089 36296.989 402089.908</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="be77fbb04-5e4b-4fd1-9c9b-38de49df6430">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0193de8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009255</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37269.168 402152.679 37273.265 402146.740 37282.576 402153.164 37278.479 402159.103 37269.168 402152.679</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="ba2601b61-60e7-4dca-aab8-26dc485210a9">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-08-20</terminationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-20T13:56:16</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0194008</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009200</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37587.907 402142.743 37586.605 402143.190 37585.821 402140.817 37587.152 402140.422 37587.907 402142.743</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b7286fb20-3507-43f9-aadd-464d26523739">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0194638</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009232</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36405.765 402138.202 36409.553 402139.923 36408.947 402141.259 36413.681 402143.409 36411.544 402148.114 36406.796 402145.946 36405.716 402148.322 36408.675 402149.667 36407.153 402153.015 36401.241 402150.304 36402.769 402146.955 36402.951 402147.038 36403.433 402145.982 36402.432 402145.525 36403.395 402143.416 36402.513 402143.013 36403.928 402139.913 36404.801 402140.311 36405.765 402138.202</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>28a</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36407.689 402145.655</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000017592</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b1ad81d33-6674-48d6-88ff-6e5b8ebe9eff">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-23</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-08-19</terminationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-19T14:11:10</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a01a252a</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000011079</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36416.801 402136.827 36420.647 402138.311 36419.703 402140.336 36415.992 402138.649 36416.801 402136.827</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b63e07bb8-6231-4608-b1c9-cc47bd71dc6d">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-10-16</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a01fff8e</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000010830</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36323.529 402157.639 36322.098 402160.929 36319.057 402159.501 36320.594 402156.284 36323.529 402157.639</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="babe0fdef-770a-4de3-a7f5-a2765dfbe828">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0191338</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008717</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36041.975 402004.001 36038.378 401994.115 36047.577 401990.768 36051.193 402000.647 36041.975 402004.001</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>38</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36044.798 401997.426</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000003993</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b2f3e74f9-a7a9-484f-b8a8-585a2638af4c">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0191e58</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009030</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36181.174 402085.644 36182.198 402088.428 36184.241 402087.676 36185.881 402092.123 36183.847 402092.877 36184.877 402095.657 36180.164 402097.395 36181.168 402100.115 36177.508 402101.465 36176.460 402098.622 36178.558 402097.849 36177.377 402094.624 36175.945 402095.095 36174.737 402091.869 36176.143 402091.288 36174.895 402087.959 36181.174 402085.644</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>2</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36179.752 402093.604</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014721</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="be0a040e4-a28b-4c2b-b229-8ab66b42a59e">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a01929a8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008900</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36112.351 402062.722 36120.552 402056.977 36121.481 402058.303 36121.710 402058.142 36123.006 402059.991 36122.777 402060.152 36124.750 402062.967 36121.579 402065.193 36121.739 402065.422 36119.892 402066.718 36119.731 402066.489 36116.552 402068.721 36114.575 402065.898 36114.321 402066.076 36113.026 402064.226 36113.280 402064.049 36112.351 402062.722</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>44</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36118.579 402062.886</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014737</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b8716b712-da87-4b1e-864b-84632729af5d">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0192b18</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008769</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36133.849 402024.227 36134.307 402022.378 36136.550 402022.890 36138.158 402015.702 36143.747 402016.943 36143.033 402020.137 36143.971 402020.346 36143.447 402022.691 36142.509 402022.481 36141.787 402025.714 36136.195 402024.477 36135.741 402026.497 36135.074 402026.336 36133.459 402025.936 36133.849 402024.227</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>19</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36140.369 402021.133</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014707</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b4ba0bb9c-89d2-4ca9-8d04-a584d5e8f74a">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0193078</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008762</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36110.464 402012.491 36120.257 402014.194 36119.982 402015.790 36120.297 402015.844 36119.913 402018.071 36119.637 402018.023 36119.054 402021.402 36115.229 402020.738 36115.183 402021.004 36112.945 402020.616 36112.998 402020.310 36111.825 402020.107 36111.295 402023.162 36105.065 402022.081 36105.710 402018.530 36109.276 402019.176 36109.794 402016.320 36109.498 402016.266 36109.883 402014.035 36110.189 402014.088 36110.464 402012.491</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>36</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36114.732 402017.860</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014733</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b88ad7bb7-fc19-4612-84e1-b74d388a300f">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0193398</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008795</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36184.739 402025.965 36184.032 402029.182 36184.968 402029.388 36184.454 402031.728 36183.509 402031.520 36182.802 402034.737 36177.200 402033.502 36179.146 402024.728 36184.739 402025.965</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>13</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36181.457 402029.764</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014704</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b255953dd-142d-4f83-9e86-898662522023">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a01933d8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008711</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36155.966 401992.287 36161.556 401993.517 36160.849 401996.740 36161.787 401996.946 36161.269 401999.309 36160.321 401999.102 36159.617 402002.315 36154.028 402001.066 36155.966 401992.287</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>16</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36158.277 401997.333</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014715</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b63f74aa2-335e-48f5-a4aa-86042037dfd0">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a01912f8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008846</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36257.153 402044.909 36257.652 402047.727 36257.721 402047.715 36258.150 402050.140 36258.082 402050.152 36258.584 402052.990 36252.001 402054.155 36250.569 402046.067 36257.153 402044.909</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>5</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36254.618 402049.561</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014700</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bf4e88b8d-d7d0-44df-a85a-3efbabc5ca24">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0191998</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008752</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36476.509 402011.779 36478.661 402017.086 36475.613 402018.327 36475.971 402019.207 36473.738 402020.116 36473.380 402019.235 36470.332 402020.476 36468.162 402015.169 36476.509 402011.779</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>18</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36473.424 402016.155</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000015216</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bd758865a-a1c1-43a2-b773-a6d20665c1af">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0191fc8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008799</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36414.612 402023.893 36415.058 402024.626 36416.522 402023.735 36418.450 402026.635 36418.500 402026.603 36418.604 402026.759 36419.675 402026.047 36421.464 402029.000 36420.345 402029.666 36420.376 402029.718 36420.230 402029.805 36422.500 402033.617 36425.839 402031.629 36427.500 402034.333 36422.117 402037.598 36420.468 402034.881 36420.640 402034.777 36420.161 402033.989 36416.313 402036.324 36414.784 402033.794 36412.918 402034.921 36410.459 402030.850 36412.332 402029.719 36410.803 402027.188 36412.293 402026.305 36411.851 402025.560 36412.071 402024.615 36413.675 402023.650 36414.612 402023.893</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>44</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36415.752 402030.668</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014687</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b26529fd2-1d56-48aa-846e-894b6608c776">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0192038</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008747</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36358.526 402010.499 36363.912 402008.533 36365.043 402011.623 36365.944 402011.293 36366.773 402013.556 36365.871 402013.886 36367.002 402016.976 36361.613 402018.941 36358.526 402010.499</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>1</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36362.955 402013.770</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014689</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b555f75f5-62a3-4373-a43a-9353ed080ece">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0192188</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008708</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36333.081 401995.292 36333.114 401995.386 36337.827 401993.661 36337.793 401993.567 36340.208 401992.700 36341.915 401997.454 36338.701 401998.608 36338.934 401999.257 36338.362 402000.469 36337.094 402000.927 36335.867 402000.347 36335.626 401999.705 36332.406 402000.916 36330.679 401996.162 36333.081 401995.292</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>35</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36336.310 401996.839</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014648</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b3681b278-7e2c-4be4-9613-89e301ca5790">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0192208</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008760</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36273.215 402014.561 36278.616 402012.613 36279.744 402015.719 36280.645 402015.392 36281.463 402017.644 36280.552 402017.974 36281.677 402021.071 36276.281 402023.015 36273.215 402014.561</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>2</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36277.655 402017.847</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014708</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b29c56424-d9ca-43ce-9e67-26783dc3c815">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a01925e8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008712</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36432.904 402000.251 36431.049 402002.605 36427.836 402000.073 36429.691 401997.718 36432.904 402000.251</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b40e3eee9-9616-4c97-8b20-071222b47b05">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a01945d8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008777</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36558.897 402027.424 36549.514 402030.863 36548.961 402029.340 36548.669 402029.446 36547.897 402027.318 36548.179 402027.215 36547.006 402023.985 36550.649 402022.658 36550.546 402022.376 36552.673 402021.601 36552.776 402021.883 36556.419 402020.556 36557.588 402023.767 36557.870 402023.664 36558.644 402025.792 36558.343 402025.902 36558.897 402027.424</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>52</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36553.135 402025.742</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000015279</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bf8a10d2d-e2fb-487c-ac4d-66d93fffdc90">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0194678</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008839</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36357.393 402048.787 36357.427 402048.881 36352.660 402050.611 36352.626 402050.517 36351.454 402047.304 36350.862 402047.520 36350.039 402045.265 36350.641 402045.045 36349.311 402041.400 36354.066 402039.646 36357.393 402048.787</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>41</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36353.196 402045.163</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014651</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bb8ad12f8-4b7e-45c9-8da2-015885498236">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a01946f8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008850</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36478.404 402043.605 36485.063 402043.011 36485.313 402045.882 36485.373 402045.877 36485.587 402048.329 36485.527 402048.334 36485.777 402051.195 36481.086 402051.633 36481.306 402053.993 36477.577 402054.308 36477.252 402051.158 36479.060 402050.997 36478.404 402043.605</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>14</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36482.207 402048.695</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000015214</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b3b5be940-c462-4951-a7ac-80cec083de13">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-08-19</terminationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-19T14:11:10</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0194738</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008706</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36352.305 401999.884 36350.358 402000.584 36349.708 401998.841 36351.641 401998.144 36352.305 401999.884</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b80bbb58a-122a-4f63-97d7-975df08bd2aa">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.1a2308b433804d568274c1491a90683a</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36864.893 402732.097 36863.779 402722.227 36864.213 402722.178 36868.183 402721.730 36868.416 402721.704 36872.907 402721.196 36873.631 402721.114 36874.261 402726.686 36874.689 402730.483 36874.746 402730.984 36869.621 402731.563 36865.235 402732.058 36864.893 402732.097</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b2dd490b3-aecb-4135-83af-e41277a9a3dc">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.1a2308b433804d568274c1491a90683a</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36864.893 402732.097 36863.779 402722.227 36864.213 402722.178 36868.183 402721.730 36868.416 402721.704 36872.907 402721.196 36873.631 402721.114 36874.261 402726.686 36874.689 402730.483 36874.746 402730.984 36869.621 402731.563 36865.235 402732.058 36864.893 402732.097</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b850a87a1-f764-4c12-9296-84fe8146559d">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2019-09-24</creationDate>
            <imgeo:LV-publicatiedatum>2019-09-25T10:45:26</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-11-21T08:34:52</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-09-25T08:29:00.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.8abeacd54c5b7500047bb8a139a28118</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36872.907 402721.196 36873.631 402721.114 36874.261 402726.686 36874.689 402730.483 36874.746 402730.984 36869.621 402731.563 36865.235 402732.058 36864.893 402732.097 36863.779 402722.227 36864.213 402722.178 36868.183 402721.730 36868.416 402721.704 36872.907 402721.196</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b8587dee9-0468-4306-bf25-b1881b7e8c4a">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2019-09-24</creationDate>
            <imgeo:LV-publicatiedatum>2019-11-21T09:33:24</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-11-21T08:34:52.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.8abeacd54c5b7500047bb8a139a28118</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36872.907 402721.196 36873.631 402721.114 36874.261 402726.686 36874.689 402730.483 36874.746 402730.984 36869.621 402731.563 36865.235 402732.058 36864.893 402732.097 36863.779 402722.227 36864.213 402722.178 36868.183 402721.730 36868.416 402721.704 36872.907 402721.196</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b938994ed-4c41-4e5b-8f57-4e16f7b38512">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-13</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-01T10:06:05</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0182031</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009582</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36882.682 402254.173 36890.023 402255.414 36894.260 402261.508 36893.027 402268.800 36886.972 402273.117 36879.644 402271.858 36875.358 402265.784 36876.576 402258.441 36882.682 402254.173</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b654255b1-078d-4da2-b52e-b2547fd6d281">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0191908</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008803</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36583.598 402030.973 36592.980 402027.525 36593.542 402029.054 36593.843 402028.944 36594.626 402031.074 36594.344 402031.177 36595.524 402034.386 36591.882 402035.715 36591.985 402035.997 36589.854 402036.775 36589.754 402036.503 36586.112 402037.832 36584.930 402034.621 36584.648 402034.724 36583.864 402032.593 36584.155 402032.486 36583.598 402030.973</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>53</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36589.408 402032.711</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000015261</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bdbf234ca-86b3-4294-a305-0d54199fc156">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0191b58</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009141</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36598.595 402117.008 36600.083 402114.433 36598.193 402113.341 36600.609 402109.266 36602.500 402110.364 36603.991 402107.796 36605.403 402108.699 36605.913 402107.902 36606.860 402107.663 36608.472 402108.610 36608.715 402109.564 36608.276 402110.341 36609.761 402111.180 36607.963 402114.240 36608.136 402114.342 36608.106 402114.394 36609.238 402115.059 36607.489 402118.030 36606.359 402117.378 36606.330 402117.429 36606.157 402117.330 36603.941 402121.167 36607.330 402123.124 36605.724 402125.868 36600.280 402122.694 36601.873 402119.940 36602.132 402120.092 36602.572 402119.341 36598.595 402117.008</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>63</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36603.451 402116.823</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000015266</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="be0a27bcb-9d58-4bbe-bf2c-9922cb551968">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0191b98</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009145</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36558.568 402111.012 36565.149 402109.842 36565.666 402112.767 36567.813 402112.387 36568.655 402117.040 36566.501 402117.423 36567.020 402120.348 36562.482 402121.156 36562.634 402122.013 36562.939 402121.958 36563.497 402125.089 36557.253 402126.164 36556.712 402123.034 36560.557 402122.350 36559.787 402118.017 36559.601 402118.050 36559.591 402117.991 36558.322 402118.217 36557.719 402114.832 36559.013 402114.602 36559.003 402114.542 36559.190 402114.509 36558.568 402111.012</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>64</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36563.203 402118.054</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000015285</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b8ed55001-5698-45dd-ac0f-992582392fe1">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0193be8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008814</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36611.538 402037.020 36612.580 402040.820 36608.486 402041.943 36607.444 402038.142 36611.538 402037.020</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="ba9b4165e-0999-4f88-9352-b3becaa42127">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0194518</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009562</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37610.004 402263.042 37608.204 402266.614 37597.649 402261.294 37599.450 402257.723 37585.921 402250.902 37590.086 402242.641 37614.338 402254.868 37610.174 402263.128 37610.004 402263.042</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>2</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>37603.735 402254.703</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000018276</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b21247b91-c2cc-4a8a-809d-f31989410f4a">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-23</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-01T09:08:08</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a01a261b</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009525</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36337.288 402245.438 36337.986 402242.413 36345.785 402244.641 36345.087 402247.665 36337.288 402245.438</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b36c4df5b-add4-46cd-b0ec-f5b3488ac75a">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0192c08</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009584</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37621.613 402269.902 37621.730 402273.916 37616.742 402274.061 37616.447 402263.951 37621.074 402263.816 37620.942 402259.288 37628.831 402259.091 37629.096 402269.684 37621.613 402269.902</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>1</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>37622.772 402266.623</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000000719</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b908afe98-8f78-438e-a311-7ce6d8a40e2b">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-01-17T12:05:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0194528</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009645</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37641.280 402288.671 37644.568 402282.079 37652.873 402286.222 37649.585 402292.814 37641.280 402288.671</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b77143638-19b4-4b97-882c-d45377a4cb13">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0192638</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009791</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37855.177 402344.255 37855.224 402341.756 37858.923 402341.825 37858.877 402344.325 37855.177 402344.255</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b43e8597f-594f-4852-a73e-4c34679b8aa8">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-08-03</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:50:33.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a08bc6a5</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009774</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37129.492 402326.565 37127.703 402332.632 37130.727 402333.524 37128.961 402339.513 37123.368 402337.809 37110.365 402333.654 37110.789 402332.254 37096.203 402327.834 37095.949 402328.671 37092.927 402327.756 37093.183 402326.909 37087.753 402325.263 37086.486 402329.439 37052.535 402319.133 37058.576 402299.231 37092.488 402309.525 37090.672 402315.511 37105.104 402319.910 37104.301 402322.369 37109.279 402323.878 37110.754 402320.250 37114.118 402321.269 37112.113 402327.886 37118.603 402329.960 37120.396 402323.882 37129.492 402326.565</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>1-2</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>37078.331 402319.372</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000004066</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                    <imgeo:identificatieBAGVBOHoogsteHuisnummer>1695010000018965</imgeo:identificatieBAGVBOHoogsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b24ea99ad-5059-4a3e-b198-da310582cd8c">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-08-03</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-08-20</terminationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-20T13:58:50</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:50:33.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a08bc6e8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009670</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37022.803 402300.805 37023.280 402298.346 37025.734 402298.835 37025.254 402301.286 37022.803 402300.805</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b956e0a5a-d2c6-47bc-834d-7850014966a3">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-16</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-17T03:20:49</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2017-03-16T08:48:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0192ee8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008983</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36296.989 402089.908 36294.412 402090.221 36294.070 402087.402 36296.647 402087.089 36296.989 402089.908</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="badefb165-3393-41b3-967f-4028570e88f2">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2018-01-17T13:58:25</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-07-22T09:05:39</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2018-01-17T12:05:17.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0194528</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009645</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37639.889 402289.240 37643.440 402282.122 37652.271 402286.527 37648.720 402293.645 37639.889 402289.240</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b280328bf-c78f-4947-ace1-55c9ada35185">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2018-11-14T13:59:47</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2018-11-13T09:53:30.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a01925b8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009158</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36416.495 402121.272 36418.641 402116.694 36419.500 402117.095 36420.884 402114.129 36421.056 402114.209 36421.165 402113.975 36426.950 402116.679 36425.462 402119.877 36427.754 402120.943 36425.606 402125.524 36428.719 402126.978 36427.879 402128.804 36430.064 402129.809 36429.147 402131.803 36422.723 402128.848 36424.491 402125.004 36422.107 402123.891 36421.844 402124.453 36419.660 402123.433 36419.922 402122.871 36416.495 402121.272</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>30</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36421.348 402119.786</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014680</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b69641273-9ade-4fb1-8255-75242395099d">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-13</creationDate>
            <imgeo:LV-publicatiedatum>2019-08-01T10:25:51</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-08-01T10:06:05.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0182031</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009582</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36882.682 402254.173 36890.023 402255.414 36894.260 402261.508 36893.027 402268.800 36886.972 402273.117 36879.644 402271.858 36875.358 402265.784 36876.576 402258.441 36882.682 402254.173</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>2a</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36885.824 402261.819</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000019626</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b77958b09-324d-4e97-b632-cd6d8c6e8f20">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2019-07-22T10:05:21</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-07-22T09:05:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0194528</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009645</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37639.889 402289.240 37643.440 402282.122 37652.271 402286.527 37648.720 402293.645 37639.889 402289.240</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>3</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>37646.138 402286.520</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000018277</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bc4d38464-7dcc-409e-b347-7c4ae1fa0d86">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-23</creationDate>
            <imgeo:LV-publicatiedatum>2019-08-01T09:49:10</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-08-01T09:08:08.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a01a261b</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009525</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36337.986 402242.413 36345.785 402244.641 36345.087 402247.665 36337.288 402245.438 36337.986 402242.413</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>6</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36340.915 402244.279</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000019529</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b0a779b9f-1760-4b02-83d3-6ebc7fba120f">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-08-20</terminationDate>
            <imgeo:LV-publicatiedatum>2019-08-20T14:04:13</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-20T13:56:16</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0194008</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009200</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37587.907 402142.743 37586.605 402143.190 37585.821 402140.817 37587.152 402140.422 37587.907 402142.743</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bfbe6fd63-fb5a-4dc7-9c7b-7accad3a007c">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-08-19</terminationDate>
            <imgeo:LV-publicatiedatum>2019-08-19T14:14:34</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-19T14:11:10</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0194738</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000008706</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36352.305 401999.884 36350.358 402000.584 36349.708 401998.841 36351.641 401998.144 36352.305 401999.884</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b6ab96541-3786-4907-a78e-685f519bd510">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-23</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-08-19</terminationDate>
            <imgeo:LV-publicatiedatum>2019-08-19T14:14:34</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-19T14:11:10</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a01a252a</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000011079</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36416.801 402136.827 36420.647 402138.311 36419.703 402140.336 36415.992 402138.649 36416.801 402136.827</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bf48acbd9-20f1-47d4-9957-464a5674741a">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-08-03</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-08-20</terminationDate>
            <imgeo:LV-publicatiedatum>2019-08-20T14:04:13</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-20T13:58:50</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:50:33.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a08bc6e8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009670</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37022.803 402300.805 37023.280 402298.346 37025.734 402298.835 37025.254 402301.286 37022.803 402300.805</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="ba6949d1f-21e1-482e-8ebb-01e700f20c33">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2020-05-14T08:40:19</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0192ea8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009142</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36297.269 402113.639 36299.792 402116.132 36300.874 402115.108 36303.330 402117.526 36302.408 402118.464 36302.451 402118.507 36302.310 402118.650 36304.846 402121.141 36300.129 402125.896 36298.024 402123.818 36296.498 402125.363 36293.132 402122.023 36294.656 402120.480 36292.552 402118.401 36297.269 402113.639</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>7</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36298.730 402119.806</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014660</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b047a5210-211b-4b9a-b3db-77413135ffd1">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2020-05-14T09:19:21</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2020-05-14T08:40:19.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a0192ea8</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000009142</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36304.661 402120.959 36309.938 402115.639 36312.352 402118.033 36305.450 402124.991 36303.221 402122.779 36300.129 402125.896 36298.024 402123.818 36296.498 402125.363 36293.132 402122.023 36294.656 402120.480 36292.552 402118.401 36297.269 402113.639 36299.792 402116.132 36300.874 402115.108 36303.330 402117.526 36302.408 402118.464 36302.451 402118.507 36302.310 402118.650 36304.661 402120.959</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>7</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>36298.730 402119.806</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000014660</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b7337403d-22de-4764-bc4a-b3ab06ce5bfa">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-08-03</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-05-02T13:12:00</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:50:33.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a08bc68f</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000010068</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37324.867 402466.837 37326.856 402466.627 37327.045 402468.417 37325.056 402468.627 37324.867 402466.837</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bd6064fac-7330-4dfd-bc8a-1a445be20034">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-08-03</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-07-22T14:52:29</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:50:33.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a08bc453</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000010238</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37361.357 402569.059 37361.999 402576.530 37357.292 402582.256 37349.891 402582.961 37344.147 402578.225 37343.445 402570.830 37348.199 402565.042 37355.594 402564.379 37361.357 402569.059</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b9a515793-8fc1-4cac-8315-c9b0aaf3eb90">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-08-03</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-05-02T13:12:00</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2016-05-23T12:50:33.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a08bc679</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000010121</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37369.162 402493.749 37337.012 402497.077 37333.974 402467.530 37331.475 402467.777 37331.167 402464.793 37324.206 402465.529 37318.463 402411.220 37367.918 402406.040 37374.369 402467.577 37366.510 402468.401 37369.162 402493.749</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>4</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>37347.709 402451.559</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000015885</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="ba6c90565-f70a-47e1-8ae1-3a4700e52624">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-04-12</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2020-01-23</terminationDate>
            <imgeo:LV-publicatiedatum>2017-04-12T08:13:26</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2020-01-23T15:21:20</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-04-12T07:39:07.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd54c4b7500047a8e2069acb057</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37239.494 402386.825 37239.008 402388.367 37237.457 402387.884 37237.549 402387.588 37219.483 402381.916 37219.585 402381.589 37216.711 402380.691 37216.586 402381.006 37202.347 402376.561 37202.257 402376.842 37200.681 402376.353 37201.174 402374.811 37201.091 402374.784 37209.829 402347.437 37248.012 402359.420 37239.395 402386.794 37239.494 402386.825</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b17420ac2-f756-430c-84f9-e94b27bcaa23">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-08-03</creationDate>
            <imgeo:LV-publicatiedatum>2018-05-02T13:31:28</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2018-05-02T13:12:00.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a08bc679</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000010121</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37369.162 402493.749 37336.107 402497.207 37326.972 402498.166 37323.913 402468.954 37328.140 402468.511 37327.788 402465.150 37324.206 402465.529 37318.463 402411.220 37367.918 402406.040 37374.369 402467.577 37366.510 402468.401 37369.162 402493.749</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>4</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>37347.709 402451.559</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000015885</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b16906ad7-b6de-4ff3-8e74-e8ec445851a9">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-08-03</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-08-21</terminationDate>
            <imgeo:LV-publicatiedatum>2018-05-02T13:31:28</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-21T08:46:23</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2018-05-02T13:12:00.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a08bc68f</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000010068</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37324.747 402466.847 37326.717 402466.639 37326.907 402468.438 37324.936 402468.646 37324.747 402466.847</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b19fee6a9-e5b3-48eb-9ff6-750f613eda72">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-08-03</creationDate>
            <imgeo:LV-publicatiedatum>2019-07-22T15:09:18</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-07-22T14:52:29.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a08bc453</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000010238</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37361.357 402569.059 37361.999 402576.530 37357.292 402582.256 37349.891 402582.961 37344.147 402578.225 37343.445 402570.830 37348.199 402565.042 37355.594 402564.379 37361.357 402569.059</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>2B</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>37353.161 402571.423</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000019627</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b62b162a1-9a54-473f-ab53-2ca60ac99660">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-08-03</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-08-21</terminationDate>
            <imgeo:LV-publicatiedatum>2019-08-21T09:06:36</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-21T08:46:23</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2018-05-02T13:12:00.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a08bc68f</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000010068</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37324.747 402466.847 37326.717 402466.639 37326.907 402468.438 37324.936 402468.646 37324.747 402466.847</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b17651497-e751-45de-b6c6-97d3e14f4f7a">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-04-12</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2020-01-23</terminationDate>
            <imgeo:LV-publicatiedatum>2020-01-23T15:42:51</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2020-01-23T15:21:20</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-04-12T07:39:07.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd54c4b7500047a8e2069acb057</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37239.494 402386.825 37239.008 402388.367 37237.457 402387.884 37237.549 402387.588 37219.483 402381.916 37219.585 402381.589 37216.711 402380.691 37216.586 402381.006 37202.347 402376.561 37202.257 402376.842 37200.681 402376.353 37201.174 402374.811 37201.091 402374.784 37209.829 402347.437 37248.012 402359.420 37239.395 402386.794 37239.494 402386.825</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b8e986b4a-ae50-4d8f-bb8f-bf6d29cb67ad">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2020-01-23</creationDate>
            <imgeo:LV-publicatiedatum>2020-01-23T15:42:51</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2020-01-23T15:21:20.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.661847abdcfd4182a304e83e8ee0c507</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>1695100000011217</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37239.494 402386.825 37239.008 402388.367 37237.457 402387.884 37237.549 402387.588 37219.483 402381.916 37219.585 402381.589 37216.711 402380.691 37216.586 402381.006 37202.347 402376.561 37202.257 402376.842 37200.681 402376.353 37201.174 402374.811 37201.091 402374.784 37209.829 402347.437 37248.012 402359.420 37239.395 402386.794 37239.494 402386.825</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>4A</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>37223.265 402372.107</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>1695010000019175</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
        <cityObjectMember>
	<BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bce5045c0-ad33-4748-9300-124de69383c5">
		            <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a048bc39</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
			<imgeo:identificatieBAGPND>1695100000008869</imgeo:identificatieBAGPND>
			<imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">41535.089 402058.420 41534.473 402059.851 41533.462 402059.440 41534.080 402057.989 41535.089 402058.420</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
	</BuildingPart>
        </cityObjectMember>
        <cityObjectMember>
	<BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b692eeae4-e532-4898-9c1c-0acd27ecc839">
		            <creationDate xmlns="http://www.opengis.net/citygml/2.0">2015-07-15</creationDate>
            <imgeo:LV-publicatiedatum>2016-08-16T11:55:58</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2016-05-23T12:45:55.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G1695.8abeacd5439b757600000000a048edb9</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G1695</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
			<imgeo:identificatieBAGPND>1695100000008877</imgeo:identificatieBAGPND>
			<imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">41616.922 402060.316 41616.182 402062.474 41611.509 402060.871 41612.249 402058.713 41616.922 402060.316</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
	</BuildingPart>
        </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b9d18e93e-25a5-4bd4-995b-bffb1d4c294f">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.23c62ed361bb4865afc4e2d38851d9b1</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37057.163 404672.073 37050.194 404672.796 37050.055 404671.584 37049.436 404666.162 37056.434 404665.427 37056.497 404666.004 37057.163 404672.073</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bc94358de-01f6-4101-9b36-e3c305e0ba3f">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.809fbfc06ad84064bb376b9cabddbc99</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36957.493 404571.274 36958.665 404580.187 36952.469 404580.902 36951.374 404572.092 36957.493 404571.274</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b27a7b5fa-6fe5-4d53-9f44-c5eb1aa54b63">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.86adbeb4b3a2453f9c368a1be61e0ea6</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37351.010 405103.148 37372.192 405147.936 37372.433 405148.449 37376.648 405157.270 37349.545 405169.977 37345.401 405161.036 37349.852 405158.881 37349.718 405158.591 37328.634 405113.695 37351.010 405103.148</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="ba3b0e354-21ce-416d-b1f3-a2409d04cfc1">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.b07645809a97449e920b69300843ada9</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37283.620 405122.231 37283.896 405123.647 37282.390 405123.935 37282.091 405122.523 37283.620 405122.231</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bcd909b2f-42cf-42bc-bfb5-1b1b6c6bed3f">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.b269c80a34bd4c17a2874040e1376cf0</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37033.951 404281.455 37034.148 404281.435 37043.992 404280.424 37044.477 404284.830 37045.082 404290.330 37043.847 404290.460 37040.021 404290.861 37039.537 404290.912 37035.673 404291.318 37035.059 404291.383 37033.951 404281.455</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b8c6dfa69-63c9-4d8f-b929-05abfba55243">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.beef3968eb0945abb7926ad011df0220</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37046.706 404642.741 37052.211 404642.065 37053.352 404651.246 37047.787 404651.905 37046.706 404642.741</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b2d94a073-26f9-4736-8e9b-d9e2f6f1fa46">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.c01a275a816548d6a840acb9657a296e</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37358.196 405081.459 37358.777 405082.705 37345.300 405089.272 37342.582 405083.503 37350.743 405079.568 37356.106 405076.982 37358.196 405081.459</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="ba5b902a1-75de-45a9-9c1e-57216d9f0e90">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.db2ec702f69146b8ab0afa5015555625</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36957.011 404562.123 36958.583 404563.957 36954.003 404567.856 36952.424 404566.027 36957.011 404562.123</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bee2373c0-bd13-4ce2-82a0-e32ef573d52b">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.e79a1430a0944a3d91d265785575ba85</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37472.667 405024.870 37461.205 405029.944 37456.947 405020.893 37445.142 405025.815 37440.186 405014.380 37451.952 405009.299 37454.341 405014.615 37455.981 405018.264 37467.502 405013.195 37472.667 405024.870</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b546dea1a-bd04-4942-94d2-952028fb3fb1">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.e81fa3456f6e4e45867bdf563d7841a1</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37309.853 405123.375 37305.828 405134.483 37305.127 405136.418 37290.781 405131.238 37296.053 405117.020 37310.307 405122.121 37309.853 405123.375</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bd92a540c-6eda-4b21-a77a-6f1b2bb0baad">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-04-26T15:08:26</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-03-27T15:00:17.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.23c62ed361bb4865afc4e2d38851d9b1</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000057618</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37057.163 404672.073 37050.194 404672.796 37050.055 404671.584 37049.436 404666.162 37056.434 404665.427 37056.497 404666.004 37057.163 404672.073</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bed4c5b8d-20f1-41ac-bb99-ca1c1d71d8e3">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-09T07:25:20</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-03-27T15:00:17.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.809fbfc06ad84064bb376b9cabddbc99</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000059875</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36957.493 404571.274 36958.665 404580.187 36952.469 404580.902 36951.374 404572.092 36957.493 404571.274</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b33b3b96c-7db2-45a3-b4d8-91e87291e012">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-09T07:25:20</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-03-27T15:00:17.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.86adbeb4b3a2453f9c368a1be61e0ea6</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000016160</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37372.192 405147.936 37372.433 405148.449 37376.648 405157.270 37349.545 405169.977 37345.401 405161.036 37349.852 405158.881 37349.718 405158.591 37328.634 405113.695 37351.010 405103.148 37372.192 405147.936</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>1</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>37349.937 405133.975</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>0717010000013463</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bba81518f-d1f4-4d01-a7d0-e0b28fa02e3b">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.b07645809a97449e920b69300843ada9</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37283.620 405122.231 37283.896 405123.647 37282.390 405123.935 37282.091 405122.523 37283.620 405122.231</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b4590445e-8e38-4825-9124-7473b88d30c3">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.b269c80a34bd4c17a2874040e1376cf0</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37033.951 404281.455 37034.148 404281.435 37043.992 404280.424 37044.477 404284.830 37045.082 404290.330 37043.847 404290.460 37040.021 404290.861 37039.537 404290.912 37035.673 404291.318 37035.059 404291.383 37033.951 404281.455</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b16ffd8da-dd07-425a-aa77-ae80ad38e9f3">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.beef3968eb0945abb7926ad011df0220</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37046.706 404642.741 37052.211 404642.065 37053.352 404651.246 37047.787 404651.905 37046.706 404642.741</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bf5abfff5-f724-4666-9f25-8174c9bf7f45">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.c01a275a816548d6a840acb9657a296e</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37358.196 405081.459 37358.777 405082.705 37345.300 405089.272 37342.582 405083.503 37350.743 405079.568 37356.106 405076.982 37358.196 405081.459</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b756121ed-5e74-48a6-aaf4-91da9266cec1">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.db2ec702f69146b8ab0afa5015555625</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36957.011 404562.123 36958.583 404563.957 36954.003 404567.856 36952.424 404566.027 36957.011 404562.123</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b559c8bdd-bad6-4a15-ac82-798b7387a3ea">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.e79a1430a0944a3d91d265785575ba85</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37472.667 405024.870 37461.205 405029.944 37456.947 405020.893 37445.142 405025.815 37440.186 405014.380 37451.952 405009.299 37454.341 405014.615 37455.981 405018.264 37467.502 405013.195 37472.667 405024.870</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b7992de34-076e-4a35-afbd-d00b9e353a48">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-09T07:25:20</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-03-27T15:00:17.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.e81fa3456f6e4e45867bdf563d7841a1</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000059877</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37305.828 405134.483 37305.127 405136.418 37290.781 405131.238 37296.053 405117.020 37310.307 405122.121 37309.853 405123.375 37305.828 405134.483</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="be3fda860-6c62-4e3b-9260-0de4b259a097">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-04-26T16:26:56</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-07-12T11:12:42</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-04-26T15:08:26.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.23c62ed361bb4865afc4e2d38851d9b1</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000057618</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37057.163 404672.073 37050.194 404672.796 37050.055 404671.584 37049.436 404666.162 37056.434 404665.427 37056.497 404666.004 37057.163 404672.073</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>1A</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>37053.280 404669.207</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>0717010000058006</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b7471a79f-cd27-4ec2-994b-1cf96db98fe8">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-07-16T11:23:30</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-09T07:25:20</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-07-12T11:12:42.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.23c62ed361bb4865afc4e2d38851d9b1</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000057618</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37056.497 404666.004 37057.163 404672.073 37050.194 404672.796 37050.055 404671.584 37049.436 404666.162 37056.434 404665.427 37056.497 404666.004</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b7b8fbdf5-5fed-4b62-9910-668ec1d58798">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-08-09T08:57:17</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-08-09T07:25:20.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.23c62ed361bb4865afc4e2d38851d9b1</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000057618</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37056.497 404666.004 37057.163 404672.073 37050.194 404672.796 37050.055 404671.584 37049.436 404666.162 37056.434 404665.427 37056.497 404666.004</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>1A</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>37053.091 404669.130</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>0717010000058006</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b469add19-42a7-442b-b83c-44a562dfa72b">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-08-09T08:57:17</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-08-09T07:25:20.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.809fbfc06ad84064bb376b9cabddbc99</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000059875</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">36957.493 404571.274 36958.665 404580.187 36952.469 404580.902 36951.374 404572.092 36957.493 404571.274</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bab7f8916-798a-4a85-baea-444144ccc09a">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-08-09T08:57:17</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-08-09T07:25:20.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.86adbeb4b3a2453f9c368a1be61e0ea6</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000016160</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37372.192 405147.936 37372.433 405148.449 37376.648 405157.270 37349.545 405169.977 37345.401 405161.036 37349.852 405158.881 37349.718 405158.591 37328.634 405113.695 37351.010 405103.148 37372.192 405147.936</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>1</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>37349.937 405133.975</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>0717010000013463</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b320a4ed1-f90c-4051-bbaf-580b321ac6f9">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-08-09T08:57:17</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-08-09T07:25:20.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.e81fa3456f6e4e45867bdf563d7841a1</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000059877</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37305.828 405134.483 37305.127 405136.418 37290.781 405131.238 37296.053 405117.020 37310.307 405122.121 37309.853 405123.375 37305.828 405134.483</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bcfe3f43c-2c01-46a0-84e5-1f281f82852c">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2019-09-24</creationDate>
            <imgeo:LV-publicatiedatum>2019-09-25T07:00:19</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-11-21T08:34:52</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-09-24T13:55:24.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.8abeacd54c5b7500047bb89dc9b734c7</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37043.992 404280.424 37044.477 404284.830 37045.082 404290.330 37043.847 404290.460 37040.021 404290.861 37039.537 404290.912 37035.673 404291.318 37035.059 404291.383 37033.951 404281.455 37034.148 404281.435 37043.992 404280.424</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bdb95499e-7b1c-47c1-b5d7-59650bed96c7">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2019-09-24</creationDate>
            <imgeo:LV-publicatiedatum>2019-11-21T09:33:24</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-11-21T08:34:52.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.8abeacd54c5b7500047bb89dc9b734c7</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">37043.992 404280.424 37044.477 404284.830 37045.082 404290.330 37043.847 404290.460 37040.021 404290.861 37039.537 404290.912 37035.673 404291.318 37035.059 404291.383 37033.951 404281.455 37034.148 404281.435 37043.992 404280.424</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bc83aceea-86f7-4088-bd24-fdfdf68eaebe">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.3992702ff40f418c995e6f8bf8fb1c63</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39938.990 405577.728 39939.310 405576.911 39940.024 405575.088 39942.278 405576.722 39943.852 405578.183 39945.751 405580.407 39947.298 405582.640 39944.603 405583.565 39943.831 405582.449 39942.594 405580.906 39940.760 405579.028 39938.990 405577.728</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bd2dd18df-e22e-4b98-876a-7af08d485e8a">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.3992702ff40f418c995e6f8bf8fb1c63</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39938.990 405577.728 39939.310 405576.911 39940.024 405575.088 39942.278 405576.722 39943.852 405578.183 39945.751 405580.407 39947.298 405582.640 39944.603 405583.565 39943.831 405582.449 39942.594 405580.906 39940.760 405579.028 39938.990 405577.728</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b1f69f6be-b243-4c94-b068-529db8d863de">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.15477879543d4743b8579302005ffbb7</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38979.960 407097.280 38991.927 407097.389 38991.381 407096.884 38988.195 407093.751 38995.838 407086.140 39003.463 407093.745 39000.503 407096.745 38999.899 407097.345 39010.258 407097.343 39014.604 407097.342 39047.677 407097.337 39047.658 407115.574 39047.664 407116.101 39049.072 407116.100 39049.072 407119.911 39047.664 407119.922 39047.668 407120.148 39047.633 407165.022 39002.703 407165.079 39002.585 407165.084 39002.588 407166.411 38998.729 407166.422 38998.724 407165.082 38998.262 407165.077 38979.952 407165.060 38979.976 407130.942 38979.979 407127.310 38979.518 407127.753 38978.663 407128.535 38977.735 407127.610 38973.238 407123.126 38979.544 407116.900 38979.925 407116.535 38979.960 407097.280</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bbe0784e9-5f2c-4ccc-92ba-868990c8fc0c">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.165596df207f46febb514ce84e34f909</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39180.281 407261.484 39180.887 407261.169 39184.229 407259.407 39184.672 407259.174 39187.977 407257.432 39189.199 407256.788 39191.779 407261.712 39193.556 407265.103 39193.797 407265.565 39184.958 407270.240 39184.866 407270.289 39180.281 407261.484</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b4a132e11-8d59-42bb-bba4-1757a2018318">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.ac230a2144c3482b9a1ef20702d40e5a</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38378.720 406670.963 38374.559 406675.250 38372.572 406673.309 38376.692 406669.005 38378.720 406670.963</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="ba41de19f-4ec4-4e04-9261-f89da55a5113">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>1</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.c1a4a1ffbc084e4387cadc6cb040fd65</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38165.186 406782.687 38164.486 406800.656 38155.388 406800.257 38156.217 406782.308 38165.186 406782.687</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b4317c6c2-da0e-4266-b860-4b03959e374a">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.c32b1f4cf13342a3afc2256487ba0723</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38384.002 406662.389 38387.747 406658.723 38389.496 406660.544 38385.811 406664.218 38384.002 406662.389</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bff2619ef-8748-41de-a187-256d33ba2e4c">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.ccdca1b1e2874bbf80a2e871b19ab983</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39094.220 406951.198 39095.508 406947.810 39096.103 406948.036 39101.732 406950.172 39101.590 406950.572 39101.748 406950.629 39102.692 406950.959 39102.873 406951.023 39102.959 406950.791 39105.951 406949.573 39108.931 406950.653 39110.330 406953.685 39109.428 406956.070 39109.166 406956.763 39106.097 406958.072 39103.098 406956.954 39099.958 406958.298 39098.531 406955.200 39101.718 406953.845 39101.808 406953.688 39101.652 406953.627 39100.858 406953.309 39100.532 406953.190 39100.389 406953.579 39094.220 406951.198</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b6dbca335-717e-43af-bdb3-f023d9aef2c5">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2018-12-07T15:01:16</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2018-12-07T14:50:34.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.15477879543d4743b8579302005ffbb7</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000008042</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38979.914 407131.008 38979.916 407127.261 38978.642 407128.538 38977.725 407127.621 38973.184 407123.079 38979.920 407116.351 38979.928 407097.291 38991.798 407097.270 38991.381 407096.884 38988.195 407093.751 38995.838 407086.140 39003.463 407093.745 38999.975 407097.280 39010.257 407097.279 39014.604 407097.279 39047.694 407097.277 39047.681 407165.068 38979.900 407165.081 38979.914 407131.008</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>1</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>39012.035 407120.362</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>0717010000013469</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bc0a40c47-6666-4b47-ba7b-7f7ae8027c83">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2018-12-07T15:01:16</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.ac230a2144c3482b9a1ef20702d40e5a</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38378.720 406670.963 38374.559 406675.250 38372.572 406673.309 38376.692 406669.005 38378.720 406670.963</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b87b0e852-4074-4d09-9b3e-e838ee15546b">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2018-12-07T15:01:16</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.c32b1f4cf13342a3afc2256487ba0723</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38384.002 406662.389 38387.747 406658.723 38389.496 406660.544 38385.811 406664.218 38384.002 406662.389</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bc858f663-9387-46e9-80a1-4469536d5092">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2018-12-07T15:01:16</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.ccdca1b1e2874bbf80a2e871b19ab983</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39094.220 406951.198 39095.508 406947.810 39096.103 406948.036 39101.732 406950.172 39101.590 406950.572 39101.748 406950.629 39102.692 406950.959 39102.873 406951.023 39102.959 406950.791 39105.951 406949.573 39108.931 406950.653 39110.330 406953.685 39109.428 406956.070 39109.166 406956.763 39106.097 406958.072 39103.098 406956.954 39099.958 406958.298 39098.531 406955.200 39101.718 406953.845 39101.808 406953.688 39101.652 406953.627 39100.858 406953.309 39100.532 406953.190 39100.389 406953.579 39094.220 406951.198</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bf91d2dc4-f39d-455c-b50a-00275d3eebbd">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2019-01-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-01-17T10:38:38</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-01-17T10:25:17.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G0717.0b28620858b24af29c4b10905475f42f</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000059829</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39110.330 406953.685 39109.428 406956.070 39109.166 406956.763 39106.097 406958.072 39103.098 406956.954 39099.958 406958.298 39098.531 406955.200 39101.718 406953.845 39101.808 406953.688 39101.652 406953.627 39100.858 406953.309 39100.532 406953.190 39100.389 406953.579 39094.220 406951.198 39095.508 406947.810 39096.103 406948.036 39101.732 406950.172 39101.590 406950.572 39101.748 406950.629 39102.692 406950.959 39102.873 406951.023 39102.959 406950.791 39105.951 406949.573 39108.931 406950.653 39110.330 406953.685</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bffe818c7-d9c0-4b13-b4f2-63e736157d65">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-03-27T15:00:17.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.15477879543d4743b8579302005ffbb7</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000008042</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38979.914 407131.008 38979.916 407127.261 38978.642 407128.538 38977.725 407127.621 38973.184 407123.079 38979.920 407116.351 38979.928 407097.291 38991.798 407097.270 38991.381 407096.884 38988.195 407093.751 38995.838 407086.140 39003.463 407093.745 38999.975 407097.280 39010.257 407097.279 39014.604 407097.279 39047.694 407097.277 39047.681 407165.068 38979.900 407165.081 38979.914 407131.008</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>1</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>39012.035 407120.362</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>0717010000013469</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b674ba341-bbd9-43e4-908d-7abdba850a65">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2019-03-27</terminationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.165596df207f46febb514ce84e34f909</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39180.281 407261.484 39180.887 407261.169 39184.229 407259.407 39184.672 407259.174 39187.977 407257.432 39189.199 407256.788 39191.779 407261.712 39193.556 407265.103 39193.797 407265.565 39184.958 407270.240 39184.866 407270.289 39180.281 407261.484</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b9a121b90-507d-47f9-9bc4-d6b76965f806">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>1</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-09T07:25:20</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-03-27T15:00:17.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.c1a4a1ffbc084e4387cadc6cb040fd65</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000059869</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38165.186 406782.687 38164.486 406800.656 38155.388 406800.257 38156.217 406782.308 38165.186 406782.687</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b49df3c67-6359-4cbe-be3a-ce3d22b806aa">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2019-01-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-09T07:25:20</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-03-27T15:00:17.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G0717.0b28620858b24af29c4b10905475f42f</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000059829</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39110.330 406953.685 39109.428 406956.070 39109.166 406956.763 39106.097 406958.072 39103.098 406956.954 39099.958 406958.298 39098.531 406955.200 39101.718 406953.845 39101.808 406953.688 39101.652 406953.627 39100.858 406953.309 39100.532 406953.190 39100.389 406953.579 39094.220 406951.198 39095.508 406947.810 39096.103 406948.036 39101.732 406950.172 39101.590 406950.572 39101.748 406950.629 39102.692 406950.959 39102.873 406951.023 39102.959 406950.791 39105.951 406949.573 39108.931 406950.653 39110.330 406953.685</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bae025beb-3ebf-4836-b812-84c807501431">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-08-09T08:57:17</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>1</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-08-09T07:25:20.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.c1a4a1ffbc084e4387cadc6cb040fd65</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000059869</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38165.186 406782.687 38164.486 406800.656 38155.388 406800.257 38156.217 406782.308 38165.186 406782.687</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b668d9855-d85a-4613-b882-8ab7f0c1a3b1">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2019-01-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-08-09T08:57:17</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-08-09T07:25:20.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G0717.0b28620858b24af29c4b10905475f42f</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000059829</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39110.330 406953.685 39109.428 406956.070 39109.166 406956.763 39106.097 406958.072 39103.098 406956.954 39099.958 406958.298 39098.531 406955.200 39101.718 406953.845 39101.808 406953.688 39101.652 406953.627 39100.858 406953.309 39100.532 406953.190 39100.389 406953.579 39094.220 406951.198 39095.508 406947.810 39096.103 406948.036 39101.732 406950.172 39101.590 406950.572 39101.748 406950.629 39102.692 406950.959 39102.873 406951.023 39102.959 406950.791 39105.951 406949.573 39108.931 406950.653 39110.330 406953.685</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b21481b20-f2af-4963-8b1c-3eb37ad28a92">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2019-09-24</creationDate>
            <imgeo:LV-publicatiedatum>2019-09-25T07:00:19</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-11-21T08:34:52</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-09-24T13:55:24.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.8abeacd54c5b7500047bb89dc9b735b4</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39193.556 407265.103 39193.797 407265.565 39184.958 407270.240 39184.866 407270.289 39180.281 407261.484 39180.887 407261.169 39184.229 407259.407 39184.672 407259.174 39187.977 407257.432 39189.199 407256.788 39191.779 407261.712 39193.556 407265.103</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b75b20951-f129-40e2-b3d3-e44e69a1bcde">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2019-09-24</creationDate>
            <imgeo:LV-publicatiedatum>2019-11-21T09:33:24</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-11-21T08:34:52.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.8abeacd54c5b7500047bb89dc9b735b4</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39193.556 407265.103 39193.797 407265.565 39184.958 407270.240 39184.866 407270.289 39180.281 407261.484 39180.887 407261.169 39184.229 407259.407 39184.672 407259.174 39187.977 407257.432 39189.199 407256.788 39191.779 407261.712 39193.556 407265.103</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b07663cbd-9bbd-4f09-a10c-107159af7993">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.2379197e7c4f44599a17fb81a62ee3f4</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39152.341 406668.171 39153.341 406664.977 39156.169 406663.500 39159.452 406664.583 39160.806 406667.421 39159.700 406670.685 39156.863 406672.109 39153.721 406671.056 39152.341 406668.171</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="beeb3e776-9ef3-4de6-aba8-b44ecbd4e1ab">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.63db5b125423404687aef977a62e709e</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38734.268 406337.386 38732.843 406338.895 38731.350 406337.548 38732.721 406336.025 38734.268 406337.386</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bdebd446f-aad4-4b30-98ec-3a56d06677bd">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.8d3c0c78686e42daac096363c06c00d5</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39339.146 406708.812 39336.208 406711.508 39331.267 406706.462 39334.197 406703.632 39339.146 406708.812</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bf11b5385-846d-4bb4-811e-fede0876e990">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.b9f7d14d01254e4eb188f4c0acaacb0d</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39094.570 406708.443 39093.730 406708.563 39091.878 406696.098 39094.942 406695.693 39094.974 406695.900 39096.838 406708.116 39095.990 406708.239 39094.570 406708.443</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b6a1f6eb2-04a9-4f55-acb5-6477098e055a">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.c6a9fef471a34e9286efa268caed4977</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39310.091 406683.860 39314.046 406677.778 39316.322 406674.701 39318.478 406671.788 39322.919 406667.169 39328.576 406662.130 39334.014 406658.252 39339.288 406654.984 39344.481 406660.447 39342.274 406663.920 39338.561 406669.374 39336.153 406672.314 39333.224 406675.586 39328.537 406680.277 39323.358 406684.250 39314.909 406689.003 39310.091 406683.860</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b9dd71b4a-5cbd-48a7-952e-06d815eef0a5">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.d45a2c5c477c4fad9cbe5afd42514d42</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38981.647 406697.791 38983.403 406696.317 38986.784 406700.240 38984.957 406701.708 38981.647 406697.791</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b84a92c7b-e144-45b9-a758-a8e6f875602e">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.d6898d0c3dbb4452a96f11d098a28277</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38997.199 406691.984 38998.499 406690.893 39008.005 406683.180 39011.151 406687.203 39011.332 406687.428 39027.429 406674.345 39034.379 406682.854 39034.930 406682.372 39038.843 406679.111 39042.870 406675.755 39043.659 406676.703 39045.942 406674.806 39046.604 406675.623 39047.749 406677.037 39049.976 406675.240 39053.459 406679.592 39044.840 406686.738 39050.389 406693.563 39062.765 406683.444 39070.014 406692.420 39067.006 406694.915 39068.864 406697.141 39064.081 406701.069 39060.482 406696.559 39058.988 406697.764 39051.608 406703.713 39051.042 406704.193 39053.058 406706.752 39037.349 406719.486 39035.262 406716.871 39034.952 406717.080 39029.572 406721.562 39027.028 406718.452 39025.873 406717.039 39022.915 406719.444 39021.346 406717.546 39021.064 406717.213 39020.455 406717.703 39007.738 406702.091 39007.683 406702.150 39000.567 406693.501 38999.290 406694.559 38997.199 406691.984</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b0a51d159-a208-4926-9ac7-75a85341678a">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.ee823cd6b6ec446baae6d7c8f0410aa1</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38831.038 406115.520 38832.203 406114.583 38833.103 406115.719 38831.972 406116.663 38831.038 406115.520</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b2024094f-b30c-4b95-921d-bbaed1be830c">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2017-03-30T14:24:52</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.ee9369b0e09449a091cc85bc560829e1</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39280.279 406724.233 39272.884 406726.171 39271.580 406724.850 39273.353 406723.060 39279.110 406717.047 39282.854 406714.220 39285.963 406714.149 39291.034 406711.930 39296.984 406707.032 39301.552 406700.903 39304.004 406695.586 39305.506 406690.097 39308.714 406685.291 39310.024 406683.987 39310.060 406683.950 39314.835 406689.005 39315.221 406694.706 39312.664 406704.037 39310.141 406709.560 39305.745 406717.039 39299.260 406717.574 39295.462 406718.688 39289.506 406720.726 39284.320 406721.893 39280.279 406724.233</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b1f8191e6-cf02-4b09-9d14-ce6423dacbaa">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-11-20</creationDate>
            <imgeo:LV-publicatiedatum>2017-11-20T15:10:55</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-09-24T13:55:24</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-11-20T14:36:09.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G0717.432922cf205b440ab492803a9fc36bbc</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000024274</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38999.235 406426.680 38987.431 406435.454 38988.093 406436.363 38987.508 406436.847 38951.142 406388.093 38950.023 406386.593 38950.627 406386.137 38951.261 406387.032 38963.082 406378.278 38999.235 406426.680</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b7af21f60-0f51-4131-b414-2638be5173dd">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2018-12-07T15:01:16</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.2379197e7c4f44599a17fb81a62ee3f4</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39152.341 406668.171 39153.341 406664.977 39156.169 406663.500 39159.452 406664.583 39160.806 406667.421 39159.700 406670.685 39156.863 406672.109 39153.721 406671.056 39152.341 406668.171</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b8e37fec0-06cf-4bd4-ba32-9013926b91c9">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2018-12-07T15:01:16</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.63db5b125423404687aef977a62e709e</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38734.268 406337.386 38732.843 406338.895 38731.350 406337.548 38732.721 406336.025 38734.268 406337.386</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b5836ba9a-7856-4ce5-887d-3dc8568851cc">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2018-12-07T15:01:16</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.8d3c0c78686e42daac096363c06c00d5</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39339.146 406708.812 39336.208 406711.508 39331.267 406706.462 39334.197 406703.632 39339.146 406708.812</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b6ff1f443-a0f4-4f44-99ee-21ccb97dc9b0">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2018-12-07T15:01:16</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.b9f7d14d01254e4eb188f4c0acaacb0d</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39094.570 406708.443 39093.730 406708.563 39091.878 406696.098 39094.942 406695.693 39094.974 406695.900 39096.838 406708.116 39095.990 406708.239 39094.570 406708.443</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b5e5e677c-e54f-4737-a164-b10e5dfab8ee">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2018-12-07T15:01:16</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2018-12-07T14:50:34.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.c6a9fef471a34e9286efa268caed4977</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000021564</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:Ring><gml:curveMember><gml:Curve><gml:segments><gml:Arc><gml:posList srsDimension="2">39328.832 406681.189 39326.112 406683.650 39315.222 406689.793</gml:posList></gml:Arc><gml:LineStringSegment><gml:posList srsDimension="2">39315.222 406689.793 39315.259 406691.445 39316.633 406691.302 39317.000 406695.889 39319.779 406697.689 39321.087 406695.363 39323.511 406696.620 39315.894 406711.563 39313.036 406717.171 39308.726 406714.973 39306.295 406717.830 39303.513 406719.876 39299.749 406719.485 39295.842 406721.102 39292.676 406721.924 39287.680 406722.721 39283.188 406723.177 39283.398 406723.667 39280.787 406725.110 39280.213 406724.170 39274.448 406725.447 39272.906 406723.644 39280.192 406716.326 39283.251 406714.623 39287.130 406713.990 39291.094 406711.743 39294.751 406709.006 39296.485 406707.187 39299.551 406703.971 39302.330 406699.916</gml:posList></gml:LineStringSegment><gml:Arc><gml:posList srsDimension="2">39302.330 406699.916 39302.933 406697.624 39302.882 406694.837</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39302.882 406694.837 39302.677 406692.954 39302.784 406690.107</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39302.784 406690.107 39303.443 406687.603 39309.113 406682.370</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39309.113 406682.370 39309.796 406682.175 39310.491 406682.032</gml:posList></gml:Arc><gml:LineStringSegment><gml:posList srsDimension="2">39310.491 406682.032 39311.709 406679.328</gml:posList></gml:LineStringSegment><gml:Arc><gml:posList srsDimension="2">39311.709 406679.328 39314.727 406675.245 39315.704 406674.038</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39315.704 406674.038 39316.842 406672.693 39318.012 406671.374</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39318.012 406671.374 39322.313 406667.006 39322.507 406666.825</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39322.507 406666.825 39327.944 406662.226 39333.790 406658.158</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39333.790 406658.158 39336.438 406656.569 39339.148 406655.089</gml:posList></gml:Arc><gml:LineStringSegment><gml:posList srsDimension="2">39339.148 406655.089 39344.475 406660.429</gml:posList></gml:LineStringSegment><gml:Arc><gml:posList srsDimension="2">39344.475 406660.429 39341.747 406665.069 39338.748 406669.539</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39338.748 406669.539 39333.377 406676.340 39328.832 406681.189</gml:posList></gml:Arc></gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b0dbb6db7-20e1-4a1f-a4d3-4d8fe276450e">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2018-12-07T15:01:16</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.d45a2c5c477c4fad9cbe5afd42514d42</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38981.647 406697.791 38983.403 406696.317 38986.784 406700.240 38984.957 406701.708 38981.647 406697.791</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bb92e9b64-ecc8-406e-87d8-17449e3b5dd1">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2018-12-07T15:01:16</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.d6898d0c3dbb4452a96f11d098a28277</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38997.199 406691.984 38998.499 406690.893 39008.005 406683.180 39011.151 406687.203 39011.332 406687.428 39027.429 406674.345 39034.379 406682.854 39034.930 406682.372 39038.843 406679.111 39042.870 406675.755 39043.659 406676.703 39045.942 406674.806 39046.604 406675.623 39047.749 406677.037 39049.976 406675.240 39053.459 406679.592 39044.840 406686.738 39050.389 406693.563 39062.765 406683.444 39070.014 406692.420 39067.006 406694.915 39068.864 406697.141 39064.081 406701.069 39060.482 406696.559 39058.988 406697.764 39051.608 406703.713 39051.042 406704.193 39053.058 406706.752 39037.349 406719.486 39035.262 406716.871 39034.952 406717.080 39029.572 406721.562 39027.028 406718.452 39025.873 406717.039 39022.915 406719.444 39021.346 406717.546 39021.064 406717.213 39020.455 406717.703 39007.738 406702.091 39007.683 406702.150 39000.567 406693.501 38999.290 406694.559 38997.199 406691.984</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b1331572c-a580-49e5-a26a-72aef45092ec">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2018-12-07T15:01:16</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.ee823cd6b6ec446baae6d7c8f0410aa1</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38831.038 406115.520 38832.203 406114.583 38833.103 406115.719 38831.972 406116.663 38831.038 406115.520</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="ba7f991da-af47-496b-acc8-e1237bc293a3">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <terminationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</terminationDate>
            <imgeo:LV-publicatiedatum>2018-12-07T15:01:16</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2018-12-07T14:50:34</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2017-03-14T12:02:39.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.ee9369b0e09449a091cc85bc560829e1</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0000000000000000</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39280.279 406724.233 39272.884 406726.171 39271.580 406724.850 39273.353 406723.060 39279.110 406717.047 39282.854 406714.220 39285.963 406714.149 39291.034 406711.930 39296.984 406707.032 39301.552 406700.903 39304.004 406695.586 39305.506 406690.097 39308.714 406685.291 39310.024 406683.987 39310.060 406683.950 39314.835 406689.005 39315.221 406694.706 39312.664 406704.037 39310.141 406709.560 39305.745 406717.039 39299.260 406717.574 39295.462 406718.688 39289.506 406720.726 39284.320 406721.893 39280.279 406724.233</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b42ef839a-1ff2-46c8-9c5a-3725f643de03">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</creationDate>
            <imgeo:LV-publicatiedatum>2018-12-07T15:01:16</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2018-12-07T14:50:34.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G0717.17a0b384dc634e4f8337729eb535166b</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000024426</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38998.756 406443.308 39002.486 406440.618 39005.060 406444.187 39001.329 406446.877 38998.756 406443.308</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b2c08c5b8-50ee-426f-b37d-222005ab00ff">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</creationDate>
            <imgeo:LV-publicatiedatum>2018-12-07T15:01:16</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2018-12-07T14:50:34.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G0717.cf98057447f7431c8a09d62f53596093</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000021563</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39354.963 406784.120 39354.502 406785.175 39332.809 406775.736 39334.325 406772.259 39335.109 406770.420 39336.012 406768.305 39330.922 406766.091 39330.965 406765.984 39337.156 406750.511 39364.192 406763.213 39364.063 406763.500 39363.999 406763.472 39361.196 406769.935 39361.169 406769.923 39354.963 406784.120</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b6ba0c77a-7011-4b90-b17d-f4686cc476e5">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</creationDate>
            <imgeo:LV-publicatiedatum>2018-12-07T15:01:16</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-07-12T11:12:42</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2018-12-07T14:50:34.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G0717.d8caeac6a6b34b5aa00dfd0a4e698eb2</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000018882</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39012.940 406720.195 38994.732 406726.083 38987.230 406711.369 39003.361 406699.761 39001.338 406695.786 38994.868 406699.078 38977.933 406665.789 38965.965 406670.164 38965.120 406668.483 39029.999 406635.527 39066.659 406707.727 39019.095 406731.898 39013.321 406720.506 39013.143 406720.596 39012.940 406720.195</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>5</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>39018.920 406685.687</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>0717010000015189</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b41e863bd-63f6-4c57-aa29-5338bc911768">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2019-01-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-01-17T10:38:38</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-03-27T15:00:17</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-01-17T10:25:17.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G0717.b65ef3854983438f87fcc8bf2affd5f3</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>L0002</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000059819</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39339.146 406708.812 39336.208 406711.508 39331.267 406706.462 39334.197 406703.632 39339.146 406708.812</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bf8a85538-bc62-4918-9d28-ffbf22b41f4f">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2019-01-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-01-17T10:38:38</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-09T07:25:20</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-01-17T10:25:17.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G0717.c84d0f76b63042119c0da5b7cf5fb4f2</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000059821</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39160.806 406667.421 39159.700 406670.685 39156.863 406672.109 39153.721 406671.056 39152.341 406668.171 39153.341 406664.977 39156.169 406663.500 39159.452 406664.583 39160.806 406667.421</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b2e820221-781d-4d30-8580-61f5b90e2f07">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-09T07:25:20</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-03-27T15:00:17.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.c6a9fef471a34e9286efa268caed4977</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000021564</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:Ring><gml:curveMember><gml:Curve><gml:segments><gml:Arc><gml:posList srsDimension="2">39328.832 406681.189 39326.112 406683.650 39315.222 406689.793</gml:posList></gml:Arc><gml:LineStringSegment><gml:posList srsDimension="2">39315.222 406689.793 39315.259 406691.445 39316.633 406691.302 39317.000 406695.889 39319.779 406697.689 39321.087 406695.363 39323.511 406696.620 39315.894 406711.563 39313.036 406717.171 39308.726 406714.973 39306.295 406717.830 39303.513 406719.876 39299.749 406719.485 39295.842 406721.102 39292.676 406721.924 39287.680 406722.721 39283.188 406723.177 39283.398 406723.667 39280.787 406725.110 39280.213 406724.170 39274.448 406725.447 39272.906 406723.644 39280.192 406716.326 39283.251 406714.623 39287.130 406713.990 39291.094 406711.743 39294.751 406709.006 39296.485 406707.187 39299.551 406703.971 39302.330 406699.916</gml:posList></gml:LineStringSegment><gml:Arc><gml:posList srsDimension="2">39302.330 406699.916 39302.933 406697.624 39302.882 406694.837</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39302.882 406694.837 39302.677 406692.954 39302.784 406690.107</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39302.784 406690.107 39303.443 406687.603 39309.113 406682.370</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39309.113 406682.370 39309.796 406682.175 39310.491 406682.032</gml:posList></gml:Arc><gml:LineStringSegment><gml:posList srsDimension="2">39310.491 406682.032 39311.709 406679.328</gml:posList></gml:LineStringSegment><gml:Arc><gml:posList srsDimension="2">39311.709 406679.328 39314.727 406675.245 39315.704 406674.038</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39315.704 406674.038 39316.842 406672.693 39318.012 406671.374</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39318.012 406671.374 39322.313 406667.006 39322.507 406666.825</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39322.507 406666.825 39327.944 406662.226 39333.790 406658.158</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39333.790 406658.158 39336.438 406656.569 39339.148 406655.089</gml:posList></gml:Arc><gml:LineStringSegment><gml:posList srsDimension="2">39339.148 406655.089 39344.475 406660.429</gml:posList></gml:LineStringSegment><gml:Arc><gml:posList srsDimension="2">39344.475 406660.429 39341.747 406665.069 39338.748 406669.539</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39338.748 406669.539 39333.377 406676.340 39328.832 406681.189</gml:posList></gml:Arc></gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b1e3f93a6-8223-4909-bc50-cb3bfafee612">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2019-01-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-03-27T16:13:11</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>true</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-09T07:25:20</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-03-27T15:00:17.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G0717.b65ef3854983438f87fcc8bf2affd5f3</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000059819</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39339.146 406708.812 39336.208 406711.508 39331.267 406706.462 39334.197 406703.632 39339.146 406708.812</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b7649e339-d68d-4b53-8a07-d7c80f852734">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</creationDate>
            <imgeo:LV-publicatiedatum>2019-07-16T11:23:30</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:eindRegistratie>2019-08-09T07:25:20</imgeo:eindRegistratie>
            <imgeo:tijdstipRegistratie>2019-07-12T11:12:42.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G0717.d8caeac6a6b34b5aa00dfd0a4e698eb2</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000018882</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39019.095 406731.898 39013.321 406720.506 39013.143 406720.596 39012.940 406720.195 38994.732 406726.083 38987.230 406711.369 39003.361 406699.761 39001.338 406695.786 38994.868 406699.078 38977.933 406665.789 38965.965 406670.164 38965.120 406668.483 39029.999 406635.527 39066.659 406707.727 39019.095 406731.898</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bf27e2dad-178f-4e71-bce9-bb6a66b19900">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-03-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-08-09T08:57:17</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-08-09T07:25:20.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>L0002.c6a9fef471a34e9286efa268caed4977</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000021564</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:Ring><gml:curveMember><gml:Curve><gml:segments><gml:Arc><gml:posList srsDimension="2">39328.832 406681.189 39326.112 406683.650 39315.222 406689.793</gml:posList></gml:Arc><gml:LineStringSegment><gml:posList srsDimension="2">39315.222 406689.793 39315.259 406691.445 39316.633 406691.302 39317.000 406695.889 39319.779 406697.689 39321.087 406695.363 39323.511 406696.620 39315.894 406711.563 39313.036 406717.171 39308.726 406714.973 39306.295 406717.830 39303.513 406719.876 39299.749 406719.485 39295.842 406721.102 39292.676 406721.924 39287.680 406722.721 39283.188 406723.177 39283.398 406723.667 39280.787 406725.110 39280.213 406724.170 39274.448 406725.447 39272.906 406723.644 39280.192 406716.326 39283.251 406714.623 39287.130 406713.990 39291.094 406711.743 39294.751 406709.006 39296.485 406707.187 39299.551 406703.971 39302.330 406699.916</gml:posList></gml:LineStringSegment><gml:Arc><gml:posList srsDimension="2">39302.330 406699.916 39302.933 406697.624 39302.882 406694.837</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39302.882 406694.837 39302.677 406692.954 39302.784 406690.107</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39302.784 406690.107 39303.443 406687.603 39309.113 406682.370</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39309.113 406682.370 39309.796 406682.175 39310.491 406682.032</gml:posList></gml:Arc><gml:LineStringSegment><gml:posList srsDimension="2">39310.491 406682.032 39311.709 406679.328</gml:posList></gml:LineStringSegment><gml:Arc><gml:posList srsDimension="2">39311.709 406679.328 39314.727 406675.245 39315.704 406674.038</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39315.704 406674.038 39316.842 406672.693 39318.012 406671.374</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39318.012 406671.374 39322.313 406667.006 39322.507 406666.825</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39322.507 406666.825 39327.944 406662.226 39333.790 406658.158</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39333.790 406658.158 39336.438 406656.569 39339.148 406655.089</gml:posList></gml:Arc><gml:LineStringSegment><gml:posList srsDimension="2">39339.148 406655.089 39344.475 406660.429</gml:posList></gml:LineStringSegment><gml:Arc><gml:posList srsDimension="2">39344.475 406660.429 39341.747 406665.069 39338.748 406669.539</gml:posList></gml:Arc><gml:Arc><gml:posList srsDimension="2">39338.748 406669.539 39333.377 406676.340 39328.832 406681.189</gml:posList></gml:Arc></gml:segments></gml:Curve></gml:curveMember></gml:Ring></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b06b1b6c9-a93b-49bb-b126-89bb6332ad17">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2018-12-07</creationDate>
            <imgeo:LV-publicatiedatum>2019-08-09T08:57:17</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-08-09T07:25:20.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G0717.d8caeac6a6b34b5aa00dfd0a4e698eb2</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000018882</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39019.095 406731.898 39013.321 406720.506 39013.143 406720.596 39012.940 406720.195 38994.732 406726.083 38987.230 406711.369 39003.361 406699.761 39001.338 406695.786 38994.868 406699.078 38977.933 406665.789 38965.965 406670.164 38965.120 406668.483 39029.999 406635.527 39066.659 406707.727 39019.095 406731.898</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
            <imgeo:nummeraanduidingreeks>
                <imgeo:Nummeraanduidingreeks>
                    <imgeo:nummeraanduidingreeks>
                        <imgeo:Label>
                            <imgeo:tekst>5</imgeo:tekst>
                            <imgeo:positie>
                                <imgeo:Labelpositie>
                                    <imgeo:plaatsingspunt><gml:Point xmlns:gml="http://www.opengis.net/gml">
              <gml:pos>39019.799 406689.672</gml:pos>
            </gml:Point></imgeo:plaatsingspunt>
                                    <imgeo:hoek>0</imgeo:hoek>
                                </imgeo:Labelpositie>
                            </imgeo:positie>
                        </imgeo:Label>
                    </imgeo:nummeraanduidingreeks>
                    <imgeo:identificatieBAGVBOLaagsteHuisnummer>0717010000015189</imgeo:identificatieBAGVBOLaagsteHuisnummer>
                </imgeo:Nummeraanduidingreeks>
            </imgeo:nummeraanduidingreeks>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bb4cbfb19-da14-41ee-b4c9-798c9ae1a1c4">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2019-01-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-08-09T08:57:17</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-08-09T07:25:20.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G0717.b65ef3854983438f87fcc8bf2affd5f3</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000059819</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39339.146 406708.812 39336.208 406711.508 39331.267 406706.462 39334.197 406703.632 39339.146 406708.812</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="b990bd5c3-35b3-487d-8d9e-4761f371fa14">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2019-01-14</creationDate>
            <imgeo:LV-publicatiedatum>2019-08-09T08:57:17</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-08-09T07:25:20.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G0717.c84d0f76b63042119c0da5b7cf5fb4f2</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000059821</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">39160.806 406667.421 39159.700 406670.685 39156.863 406672.109 39153.721 406671.056 39152.341 406668.171 39153.341 406664.977 39156.169 406663.500 39159.452 406664.583 39160.806 406667.421</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
    <cityObjectMember>
        <BuildingPart xmlns="http://www.opengis.net/citygml/building/2.0" gml:id="bc8f81d78-93c0-4056-ad1c-9283d14006ac">
                        <creationDate xmlns="http://www.opengis.net/citygml/2.0">2017-11-20</creationDate>
            <imgeo:LV-publicatiedatum>2019-09-25T07:00:19</imgeo:LV-publicatiedatum>
            <imgeo:relatieveHoogteligging>0</imgeo:relatieveHoogteligging>
            <imgeo:inOnderzoek>false</imgeo:inOnderzoek>
            <imgeo:tijdstipRegistratie>2019-09-24T13:55:24.000</imgeo:tijdstipRegistratie>
            <imgeo:identificatie>
                <imgeo:NEN3610ID>
                    <imgeo:namespace>NL.IMGeo</imgeo:namespace>
                    <imgeo:lokaalID>G0717.432922cf205b440ab492803a9fc36bbc</imgeo:lokaalID>
                </imgeo:NEN3610ID>
            </imgeo:identificatie>
            <imgeo:bronhouder>G0717</imgeo:bronhouder>
            <imgeo:bgt-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#Status">bestaand</imgeo:bgt-status>
            <imgeo:plus-status codeSpace="http://www.geostandaarden.nl/imgeo/def/2.1#VoidReasonValue">geenWaarde</imgeo:plus-status>
            <imgeo:identificatieBAGPND>0717100000024274</imgeo:identificatieBAGPND>
            <imgeo:geometrie2dGrondvlak><gml:MultiSurface xmlns:gml="http://www.opengis.net/gml"><gml:surfaceMember><gml:Polygon><gml:exterior><gml:LinearRing><gml:posList srsDimension="2">38951.376 406388.543 38949.968 406386.661 38950.642 406386.158 38951.261 406387.032 38963.082 406378.278 38999.235 406426.680 38987.431 406435.454 38988.093 406436.363 38987.511 406436.844 38951.376 406388.543</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember></gml:MultiSurface></imgeo:geometrie2dGrondvlak>
        </BuildingPart>
    </cityObjectMember>
</CityModel>